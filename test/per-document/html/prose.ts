/** Article paragraphs shared by the HTML extractor tests. */
export const P1 =
  'The city council voted on Tuesday to approve the new budget, which includes funding for three new schools, a library and repairs to the old bridge over the river.';
export const P2 =
  'Opponents said the plan, which raises property taxes by two percent, would hurt families on fixed incomes, while supporters argued that the schools are long overdue.';
export const P3 =
  'The mayor, who had campaigned on the issue, said she was pleased with the outcome and that construction could begin as early as next spring, weather permitting.';
