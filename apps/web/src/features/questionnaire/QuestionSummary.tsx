import { forwardRef, type ReactNode } from 'react';
import { Alert } from '../../ui/Alert';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { questionId } from './definition';

export interface QuestionSummaryItem {
  questionKey: string;
  sectionKey: string;
  text: string;
}

/**
 * An error summary whose items link to questions, possibly in another section: following a link
 * opens that section and moves the focus to the question.
 */
export const QuestionSummary = forwardRef<
  HTMLDivElement,
  { heading: string; intro?: ReactNode; items: QuestionSummaryItem[]; onGoTo: (sectionKey: string, focusId: string) => void }
>(function QuestionSummary({ heading, intro, items, onGoTo }, ref) {
  return (
    <Alert type="error" ref={ref} tabIndex={-1} className="monitor-error-summary">
      <Heading level={2}>{heading}</Heading>
      {intro && <p className="monitor-error-summary__general">{intro}</p>}
      <ul className="monitor-error-summary__list">
        {items.map((item) => (
          <li key={item.questionKey}>
            <RouterLink
              to={`?sectie=${encodeURIComponent(item.sectionKey)}#${questionId(item.questionKey)}`}
              onClick={(event) => {
                event.preventDefault();
                onGoTo(item.sectionKey, questionId(item.questionKey));
              }}
            >
              {item.text}
            </RouterLink>
          </li>
        ))}
      </ul>
    </Alert>
  );
});
