/** User-facing text of the intervention catalogue (/aanbod/catalogus), Dutch. */
export const catalogueText = {
  title: 'Interventiecatalogus',
  intro:
    'De interventies waaruit gemeenten hun aanbod kiezen en waaronder effectmetingen worden vastgelegd. Databank en erkenningsniveau ' +
    'worden ingevuld door medewerkers van het NJi (beheerders en kennisredacteuren), volgens de Databank Effectieve Jeugdinterventies (NJi) ' +
    'en de Databank Effectieve sociale interventies (Movisie).',
  codeNote:
    'De code van een interventie is de waarde in de kolom "interventie" van een upload voor effectmonitoring. Ze ligt vast zodra de interventie bestaat.',
  loading: 'Catalogus laden…',
  caption: (count: number) => (count === 1 ? 'De catalogus: 1 interventie' : `De catalogus: ${count} interventies`),
  none: 'De catalogus is nog leeg.',
  columns: { name: 'Interventie', code: 'Code', databank: 'Databank', level: 'Erkenningsniveau', effects: 'Effectmetingen', actions: 'Acties' },
  effectsAvailable: 'effectmetingen beschikbaar',
  noEffects: 'nog geen',
  demo: 'demo',
  edit: 'Bewerken',
  editLabel: (name: string) => `Bewerken: ${name}`,
  record: 'record in de databank',
  formHeadingNew: 'Interventie toevoegen',
  formHeadingEdit: (name: string) => `Interventie bewerken: ${name}`,
  form: {
    name: 'Naam',
    code: 'Code',
    codeHint: 'Kleine letters, cijfers en enkele streepjes, zoals signs-of-safety. Leeg laten: de code wordt uit de naam gemaakt.',
    codeFixed: (code: string) => `Code: ${code} (ligt vast)`,
    databank: 'Databank',
    level: 'Erkenningsniveau',
    levelHint: 'Alleen de niveaus die deze databank toekent.',
    url: 'Adres van het record in de databank (niet verplicht)',
    required: 'Vul dit in.',
    submitNew: 'Toevoegen',
    submitEdit: 'Wijzigingen opslaan',
    cancel: 'Annuleren',
    saved: (name: string) => `${name} is opgeslagen in de catalogus.`,
  },
  toCatalogue: 'Interventiecatalogus',
  toEffects: 'Effectmonitoring',
};
