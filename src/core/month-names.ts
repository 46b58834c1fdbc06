/**
 * Month names as pages write them in dates, per language: full names in the forms used after
 * a day number (Polish, Czech, Slovak, Russian, Ukrainian and Finnish put the month in the
 * genitive, "12 marca", "12. března", "12 марта"), the nominative where pages also use it, and
 * common abbreviations (Danish and Norwegian share the German spellings but "marts" and
 * "desember").
 * Index 0 is January.
 */
const NAMES: Record<string, string[][]> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jan'], ['februar', 'feber', 'feb'], ['märz', 'maerz', 'mär'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fevr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc', 'dec'],
  ],
  es: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set', 'sett'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  pt: [
    ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'marco', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'],
    ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez'],
  ],
  nl: [
    ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
    ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  sv: [
    ['januari'], ['februari'], ['mars'], ['april'], ['maj'], ['juni'],
    ['juli'], ['augusti'], ['september'], ['oktober'], ['november'], ['december'],
  ],
  pl: [
    ['stycznia', 'styczeń', 'styczen'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień', 'kwiecien'],
    ['maja', 'maj'], ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień', 'sierpien'],
    ['września', 'wrzesień', 'wrzesnia', 'wrzesien'], ['października', 'październik', 'pazdziernika'],
    ['listopada', 'listopad'], ['grudnia', 'grudzień', 'grudzien'],
  ],
  ru: [
    ['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
    ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сен', 'сент'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек'],
  ],
  uk: [
    ['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'],
    ['травня', 'травень'], ['червня', 'червень'], ['липня', 'липень'], ['серпня', 'серпень'],
    ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень'],
  ],
  cs: [
    ['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'], ['června', 'červen'],
    ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'], ['listopadu', 'listopad'], ['prosince', 'prosinec'],
  ],
  sk: [
    ['januára', 'január'], ['februára', 'február'], ['marca', 'marec'], ['apríla', 'apríl'], ['mája', 'máj'], ['júna', 'jún'],
    ['júla', 'júl'], ['augusta', 'august'], ['septembra', 'september'], ['októbra', 'október'], ['novembra', 'november'], ['decembra', 'december'],
  ],
  tr: [
    ['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'],
    ['temmuz'], ['ağustos'], ['eylül'], ['ekim'], ['kasım'], ['aralık'],
  ],
  ro: [
    ['ianuarie'], ['februarie'], ['martie'], ['aprilie'], ['mai'], ['iunie'],
    ['iulie'], ['august'], ['septembrie'], ['octombrie'], ['noiembrie'], ['decembrie'],
  ],
  da: [
    ['januar'], ['februar'], ['marts'], ['april'], ['maj'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['december', 'desember'],
  ],
  hu: [
    ['január', 'jan'], ['február', 'febr'], ['március', 'márc'], ['április', 'ápr'], ['május', 'máj'], ['június', 'jún'],
    ['július', 'júl'], ['augusztus', 'aug'], ['szeptember', 'szept'], ['október', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  fi: [
    ['tammikuuta'], ['helmikuuta'], ['maaliskuuta'], ['huhtikuuta'], ['toukokuuta'], ['kesäkuuta'],
    ['heinäkuuta'], ['elokuuta'], ['syyskuuta'], ['lokakuuta'], ['marraskuuta'], ['joulukuuta'],
  ],
  id: [
    ['januari'], ['februari', 'pebruari'], ['maret'], ['april'], ['mei'], ['juni'],
    ['juli'], ['agustus'], ['september'], ['oktober'], ['november', 'nopember'], ['desember'],
  ],
  // Catalan elides "de" before a vowel ("3 d'abril de 2020"): the date forms read "d'" as "de".
  ca: [
    ['gener'], ['febrer'], ['març'], ['abril'], ['maig'], ['juny'],
    ['juliol'], ['agost'], ['setembre'], ['octubre'], ['novembre'], ['desembre'],
  ],
  // Serbian (Latin script) and Slovene; Croatian is left out: its "listopada" is October, Polish's November.
  sr: [
    ['januar', 'januara'], ['februar', 'februara'], ['mart', 'marta'], ['april', 'aprila'], ['maj', 'maja'], ['jun', 'juna'],
    ['jul', 'jula'], ['avgust', 'avgusta'], ['septembar', 'septembra'], ['oktobar', 'oktobra'], ['novembar', 'novembra'], ['decembar', 'decembra'],
  ],
  sl: [
    ['januar', 'januarja'], ['februar', 'februarja'], ['marec', 'marca'], ['april', 'aprila'], ['maj', 'maja'], ['junij', 'junija'],
    ['julij', 'julija'], ['avgust', 'avgusta'], ['september', 'septembra'], ['oktober', 'oktobra'], ['november', 'novembra'], ['december', 'decembra'],
  ],
  bg: [
    ['януари'], ['февруари'], ['март'], ['април'], ['май'], ['юни'],
    ['юли'], ['август'], ['септември'], ['октомври'], ['ноември'], ['декември'],
  ],
  // Greek writes the month in the genitive after the day ("12 Μαρτίου 2019").
  el: [
    ['ιανουαρίου'], ['φεβρουαρίου'], ['μαρτίου'], ['απριλίου'], ['μαΐου'], ['ιουνίου'],
    ['ιουλίου'], ['αυγούστου'], ['σεπτεμβρίου'], ['οκτωβρίου'], ['νοεμβρίου'], ['δεκεμβρίου'],
  ],
  // Arabic pages name the months three ways: from the European names (Egypt, the Gulf; Morocco's
  // own forms), from the French ones (Algeria, Tunisia) and the Syriac ones (the Levant, Iraq),
  // each with and without hamza on its alef. The two-word Syriac names (كانون الثاني …) and آب,
  // shorter than a month word, are not read.
  ar: [
    ['يناير', 'جانفي'], ['فبراير', 'فيفري', 'شباط'], ['مارس', 'آذار', 'اذار'], ['أبريل', 'ابريل', 'إبريل', 'أفريل', 'افريل', 'نيسان'],
    ['مايو', 'ماي', 'أيار', 'ايار'], ['يونيو', 'يونيه', 'جوان', 'حزيران'], ['يوليو', 'يوليه', 'جويلية', 'يوليوز', 'تموز'],
    ['أغسطس', 'اغسطس', 'أوت', 'اوت', 'غشت'], ['سبتمبر', 'شتنبر', 'أيلول', 'ايلول'], ['أكتوبر', 'اكتوبر'], ['نوفمبر', 'نونبر'], ['ديسمبر', 'دجنبر'],
  ],
};

/**
 * Every spelling to its month (1-12). The languages agree wherever a spelling is shared
 * ("mar", "nov", "mai"), so one table serves a page whatever its declared language: dumps
 * often quote dates in a second language, and the language guess can be wrong.
 */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.values(NAMES).flatMap((months) => months.flatMap((forms, i) => forms.map((form) => [form, i + 1] as const))),
);

/**
 * Weekday names and abbreviations that lead a written date ("Thursday, October 17, 2019",
 * "Do, 16. April 2020", "mardi 10 décembre 2019"): read as part of the date.
 */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim',
  'lunes', 'martes', 'miércoles', 'miercoles', 'jueves', 'viernes', 'sábado', 'sabado', 'domingo',
  'lunedì', 'lunedi', 'martedì', 'martedi', 'mercoledì', 'mercoledi', 'giovedì', 'giovedi', 'venerdì', 'venerdi', 'sabato', 'domenica',
  'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'senin', 'selasa', 'rabu', 'kamis', 'jumat', "jum'at", 'sabtu',
  'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte', 'diumenge',
  'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota', 'niedziela',
  'понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье',
  'понеділок', 'вівторок', 'середа', 'четвер', "п'ятниця", 'субота', 'неділя',
  'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الاربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'الاحد',
]);
