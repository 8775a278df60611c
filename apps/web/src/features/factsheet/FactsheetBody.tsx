import { useBoundaries } from '../../app/geo/useBoundaries';
import { nlFactsheet } from '../../i18n/nl.factsheet';
import { Heading } from '../../ui/Heading';
import { FactsheetBlockSection, type FactsheetBlock } from './FactsheetBlockSection';
import type { Boundaries } from './FactsheetMapFigure';

interface FactsheetBodyProps {
  introHtml: string;
  conclusionHtml: string;
  blocks: FactsheetBlock[];
  /** 2 on the factsheet page, 3 inside the editor's preview. */
  headingLevel?: 2 | 3;
}

/**
 * Introduction, blocks and conclusion of a factsheet. It carries `data-print-ready` (what the PDF
 * printer waits for) only once the maps of its map-layer blocks have their boundaries (or failed).
 */
export function FactsheetBody(props: FactsheetBodyProps) {
  return props.blocks.some((block) => block.kind === 'MAP_LAYER') ? <BodyWithMaps {...props} /> : <BodyContent {...props} boundaries={null} />;
}

function BodyWithMaps(props: FactsheetBodyProps) {
  const boundaries = useBoundaries();
  return <BodyContent {...props} boundaries={boundaries} />;
}

function BodyContent({ introHtml, conclusionHtml, blocks, headingLevel = 2, boundaries }: FactsheetBodyProps & { boundaries: Boundaries | null }) {
  const headingId = headingLevel === 2 ? 'factsheet-slot' : 'factsheet-voorbeeld-slot';
  return (
    <div data-print-ready={boundaries?.status === 'loading' ? 'false' : 'true'}>
      {/* sanitised on the server (the knowledge base's Markdown rules) */}
      <div className="monitor-factsheet__text" dangerouslySetInnerHTML={{ __html: introHtml }} />
      {blocks.map((block, index) => (
        <FactsheetBlockSection
          key={`${block.kind}-${block.measure}-${index}`}
          block={block}
          index={index}
          boundaries={boundaries}
          headingLevel={headingLevel}
        />
      ))}
      {conclusionHtml && (
        <section aria-labelledby={headingId}>
          <Heading level={headingLevel} id={headingId}>
            {nlFactsheet.page.conclusion}
          </Heading>
          <div className="monitor-factsheet__text" dangerouslySetInnerHTML={{ __html: conclusionHtml }} />
        </section>
      )}
    </div>
  );
}
