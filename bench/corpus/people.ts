/** Fictional people and firms the templates mention. Analyst firms are real brokers' names (names are facts).
 * None contains `&`, so a quote stays verbatim in the HTML variant. */
const FIRST_NAMES = ['Anna', 'Marcus', 'Priya', 'Kenji', 'Sofia', 'Daniel', 'Hye-jin', 'Lukas', 'Amara', 'Oliver',
  'Mei', 'Rahul', 'Claire', 'Tomasz', 'Elena', 'Jonas', 'Aisha', 'Hiroshi', 'Nora', 'Vikram', 'Chloe', 'Felix'];
const LAST_NAMES = ['Lindqvist', 'Okafor', 'Brennan', 'Takeda', 'Moreau', 'Kapoor', 'Hartmann', 'Park', 'Whitfield',
  'Castellano', 'Nakamura', 'Iyer', 'Fischer', 'Delacroix', 'Novak', 'Osei', 'Ramsey', 'Chen', 'Albrecht', 'Varga'];

export const ROLES = ['CEO', 'CFO', 'Chief Operating Officer', 'General Counsel', 'Director', 'EVP'] as const;

export const US_FIRMS = ['Morgan Stanley', 'Goldman Sachs', 'JPMorgan Chase', 'Wells Fargo',
  'Bank of America', 'Citigroup', 'Barclays', 'UBS Group', 'Evercore ISI', 'Piper Sandler', 'Raymond James',
  'Needham', 'Truist Financial', 'KeyCorp', 'Mizuho', 'Bernstein', 'Oppenheimer', 'Stifel Nicolaus',
  'Wedbush', 'TD Cowen', 'Loop Capital', 'Rosenblatt Securities', 'BMO Capital Markets', 'Jefferies Financial Group'];
export const EU_FIRMS = ['Jefferies', 'Nomura', 'HSBC', 'Deutsche Bank', 'Berenberg', 'Kepler Cheuvreux',
  'Warburg Research', 'DZ Bank', 'Baader Bank', 'Oddo BHF', 'Exane BNP Paribas', 'Citi'];
export const UK_FIRMS = ['Peel Hunt', 'Shore Capital', 'Numis', 'Panmure Liberum', 'Investec', 'RBC Capital Markets',
  'Berenberg', 'Jefferies', 'Barclays', 'Deutsche Numis', 'Canaccord Genuity'];
export const IN_FIRMS = ['Motilal Oswal', 'Kotak Institutional Equities', 'ICICI Securities', 'Nuvama',
  'HDFC Securities', 'Axis Securities', 'CLSA', 'Nomura', 'Jefferies', 'JM Financial', 'Emkay Global'];
export const ASIA_FIRMS = ['Nomura', 'Daiwa', 'SMBC Nikko', 'Mizuho Securities', 'Macquarie', 'CLSA', 'Citi',
  'Samsung Securities', 'Mirae Asset', 'Vontobel', 'Zurich Cantonal Bank', 'UBS', 'Morgan Stanley', 'HSBC'];

export function personName(pick: <T>(items: readonly T[]) => T): string {
  return `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
}
