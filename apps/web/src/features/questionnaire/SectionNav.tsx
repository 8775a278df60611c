import type { SectionProgress } from '@monitor/domain';
import { nl } from '../../i18n/nl';
import { RouterLink } from '../../ui/Link';

/** The sections with their progress; the one shown is marked aria-current. */
export function SectionNav({
  sections,
  progress,
  currentKey,
  onGoTo,
}: {
  sections: ReadonlyArray<{ key: string; title: string }>;
  progress: readonly SectionProgress[];
  currentKey: string;
  onGoTo: (sectionKey: string) => void;
}) {
  const t = nl.questionnaire;
  return (
    <nav aria-label={t.sectionsLabel} className="monitor-section-nav monitor-no-print">
      <ol className="monitor-section-nav__list">
        {sections.map((section) => {
          const p = progress.find((s) => s.key === section.key);
          const done = p !== undefined && p.required > 0 && p.requiredAnswered === p.required;
          return (
            <li key={section.key} className="monitor-section-nav__item">
              <RouterLink
                to={`?sectie=${encodeURIComponent(section.key)}`}
                current={section.key === currentKey ? 'step' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  onGoTo(section.key);
                }}
              >
                {section.title}
              </RouterLink>
              <span className="monitor-section-nav__progress">
                {' '}
                {p ? t.sectionProgress(p.requiredAnswered, p.required) : ''}
                {done && <span className="monitor-section-nav__done"> ({t.sectionDone})</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
