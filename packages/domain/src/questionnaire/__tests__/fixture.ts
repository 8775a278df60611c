import type { Question, QuestionnaireDefinition } from '../questionnaire.types';

const ypn = (key: string, extra: Partial<Question> = {}): Question => ({
  key,
  type: 'YES_PARTLY_NO',
  label: key,
  required: true,
  ...extra,
});

/** A small questionnaire with a chain of show-ifs: ingezet → bereik → aantal. */
export const FIXTURE: QuestionnaireDefinition = {
  year: 2026,
  title: 'Test',
  introduction: '',
  sections: [
    {
      key: 'a',
      title: 'A',
      questions: [
        ypn('a.beleid'),
        ypn('a.ingezet'),
        ypn('a.bereik', { showIf: { question: 'a.ingezet', in: ['YES', 'PARTLY'] } }),
        {
          key: 'a.aantal',
          type: 'NUMBER',
          label: 'aantal',
          required: false,
          min: 0,
          max: 500,
          integer: true,
          showIf: { question: 'a.bereik', equals: 'YES' },
        },
      ],
    },
    {
      key: 'b',
      title: 'B',
      questions: [
        {
          key: 'b.bronnen',
          type: 'MULTIPLE_CHOICE',
          label: 'bronnen',
          required: true,
          options: [
            { value: 'cbs', label: 'CBS' },
            { value: 'anders', label: 'Anders' },
          ],
        },
        { key: 'b.anders', type: 'TEXT', label: 'anders', required: false, showIf: { question: 'b.bronnen', includes: 'anders' } },
        ypn('b.geen_cbs', { showIf: { not: { question: 'b.bronnen', includes: 'cbs' } } }),
      ],
    },
  ],
};
