import { forwardRef } from 'react';
import type { Question } from '@monitor/domain';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { formatAnswer } from './definition';
import type { AnswerConflict } from './useAutosave';

/** Both values of every answer a colleague changed meanwhile, with the choice which one to keep. */
export const ConflictPanel = forwardRef<
  HTMLDivElement,
  {
    conflicts: AnswerConflict[];
    questions: ReadonlyMap<string, Question>;
    mine: (key: string) => unknown;
    onResolve: (key: string, choice: 'mine' | 'theirs') => void;
  }
>(function ConflictPanel({ conflicts, questions, mine, onResolve }, ref) {
  const t = nl.questionnaire;
  return (
    <Alert type="warning" ref={ref} tabIndex={-1} className="monitor-conflicts">
      <Heading level={2}>{t.conflictsHeading}</Heading>
      <Paragraph>{t.conflictsIntro}</Paragraph>
      {conflicts.map((conflict) => {
        const question = questions.get(conflict.questionKey);
        const headingId = `conflict-${conflict.questionKey.replace(/[^A-Za-z0-9_-]/g, '-')}`;
        return (
          <section key={conflict.questionKey} aria-labelledby={headingId} className="monitor-conflict">
            <Heading level={3} id={headingId}>
              {question?.label ?? conflict.questionKey}
            </Heading>
            <DataList
              items={[
                { key: 'mine', label: t.conflictYours, value: formatAnswer(question, mine(conflict.questionKey)) },
                {
                  key: 'theirs',
                  label: t.conflictTheirs(conflict.updatedBy, nl.dateTime(conflict.updatedAt)),
                  value: formatAnswer(question, conflict.currentValue),
                },
              ]}
            />
            <div className="monitor-actions">
              <Button appearance="primary-action-button" aria-describedby={headingId} onClick={() => onResolve(conflict.questionKey, 'mine')}>
                {t.keepMine}
              </Button>
              <Button aria-describedby={headingId} onClick={() => onResolve(conflict.questionKey, 'theirs')}>
                {t.takeTheirs}
              </Button>
            </div>
          </section>
        );
      })}
    </Alert>
  );
});
