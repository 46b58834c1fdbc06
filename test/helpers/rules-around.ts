/**
 * A line of a text dump between two paragraphs of invented prose, and the phrase rule (of the
 * default packs) that marks each of the three blocks: how the chaff-line tests ask whether a rule
 * takes a line and leaves the article's sentences around it alone.
 */
import { phraseRuleTagger } from '../../src/per-document/tag/taggers/phrase-rules.js';
import { block, defaultContext, docWithBlocks } from './stage-context.js';

const ctx = defaultContext();

/** Two invented paragraphs per language that no rule may touch. */
export const PROSE: Record<string, [string, string]> = {
  hu: [
    'Nyírliget önkormányzata jövő tavasszal új gyalogoshidat épít a csatorna fölé, közölte a polgármester.',
    'A város szerint a híd körülbelül kétszázmillió forintba kerül, és ősszel adják át.',
  ],
  de: [
    'Die Gemeinde Nordhausen will im kommenden Frühjahr eine neue Fahrradbrücke über den Kanal bauen lassen.',
    'Nach Angaben der Verwaltung soll die Brücke rund zwei Millionen Euro kosten und im Herbst fertig sein.',
  ],
  en: [
    'The town of Millbrook plans to build a new footbridge across the canal next spring, the council said.',
    'According to officials, the bridge will cost about two million pounds and should open in the autumn.',
  ],
  fr: [
    'La commune de Valbois prévoit de construire une nouvelle passerelle au-dessus du canal au printemps prochain.',
    'Selon la mairie, l’ouvrage coûtera environ deux millions d’euros et devrait ouvrir à l’automne.',
  ],
  es: [
    'El municipio de Valdeloma planea construir una nueva pasarela sobre el canal la próxima primavera.',
    'Según el ayuntamiento, la obra costará unos dos millones de euros y abrirá en otoño.',
  ],
  pl: [
    'Gmina Zielony Bór planuje wiosną zbudować nową kładkę dla pieszych nad kanałem.',
    'Według urzędników inwestycja będzie kosztować około dwóch milionów złotych i zostanie otwarta jesienią.',
  ],
};

/** The rule that marks each block of a dump: the line between two paragraphs of prose. */
export function rulesAround(language: string, line: string): (string | undefined)[] {
  const [before, after] = PROSE[language]!;
  const doc = docWithBlocks([block(0, before), block(1, line), block(2, after)], { meta: { language }, format: 'text' });
  const spans = phraseRuleTagger.tag(doc, ctx);
  return [0, 1, 2].map((i) => spans.find((s) => s.block === i)?.rule);
}
