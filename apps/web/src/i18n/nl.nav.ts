/**
 * The main navigation's labels of the feature pages. Apart from each feature's own texts so that the
 * layout (part of every route's first download) does not carry every feature's texts with it.
 */
export const navLabels = {
  benchmark: 'Vergelijken',
  agreements: 'Afspraken',
  supply: 'Vraag en aanbod',
  knowledge: 'Kennisbank',
  practice: 'Praktijkvoorbeelden',
  factsheets: 'Factsheets',
  nationalReport: 'Jaarrapport',
  effects: 'Effectmonitoring',
  forum: 'Forum',
  forumUnread: (count: number) => `Forum, ${count} ${count === 1 ? 'ongelezen melding' : 'ongelezen meldingen'}`,
};
