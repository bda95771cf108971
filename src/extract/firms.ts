/**
 * Brokerages and research houses that publish price targets and ratings. A sentence that names one of these next
 * to analyst wording speaks of the firm's view on another company, never of the firm's own shares.
 */
const FIRMS = [
  'Jefferies', 'Nomura', 'JPMorgan', 'J.P. Morgan', 'JP Morgan', 'JPMorgan Chase', 'Morgan Stanley', 'Goldman Sachs',
  'Goldman', 'Citi', 'Citigroup', 'Citi Research', 'Bank of America', 'BofA', 'BofA Securities', 'Bank of America Securities',
  'Barclays', 'HSBC', 'UBS', 'Deutsche Bank', 'Credit Suisse', 'Wells Fargo', 'Bernstein', 'Sanford C. Bernstein',
  'Sanford Bernstein', 'Evercore ISI', 'Evercore', 'Raymond James', 'RBC Capital Markets', 'RBC Capital', 'RBC',
  'TD Cowen', 'Cowen', 'TD Securities', 'Piper Sandler', 'Needham', 'Needham & Company', 'Oppenheimer', 'Mizuho',
  'Macquarie', 'BMO Capital Markets', 'BMO', 'KeyBanc', 'KeyBanc Capital Markets', 'Truist', 'Truist Securities',
  'Truist Financial', 'Stifel', 'Stifel Nicolaus', 'Wedbush', 'Loop Capital', 'Rosenblatt', 'Rosenblatt Securities',
  'Benchmark', 'Baird', 'Robert W. Baird', 'William Blair', 'CLSA', 'Daiwa', 'SMBC Nikko', 'CICC', 'Citic Securities',
  'CITIC Securities', 'Morningstar', 'Zacks', 'Zacks Research', 'Argus', 'Argus Research', 'DZ Bank', 'Berenberg',
  'Kepler Cheuvreux', 'Exane BNP Paribas', 'BNP Paribas', 'BNP Paribas Exane', 'Societe Generale', 'Société Générale',
  'SocGen', 'Santander', 'Redburn', 'Rothschild & Co Redburn', 'Peel Hunt', 'Liberum', 'Numis', 'Shore Capital',
  'Panmure Gordon', 'Panmure Liberum', 'Canaccord Genuity', 'Canaccord', 'Motilal Oswal', 'ICICI Securities',
  'Kotak Institutional Equities', 'Kotak Securities', 'Nuvama', 'Nuvama Institutional Equities', 'HDFC Securities',
  'Axis Securities', 'Emkay', 'Emkay Global', 'Prabhudas Lilladher', 'Sharekhan', 'Anand Rathi', 'JM Financial',
  'Phillip Capital', 'PhillipCapital', 'Maybank Investment Bank', 'Maybank IB', 'CGS International', 'Kenanga',
  'Kenanga Research', 'RHB', 'RHB Research', 'MIDF', 'MIDF Research', 'Hong Leong Investment Bank', 'Samsung Securities',
  'Mirae Asset', 'KB Securities', 'Guggenheim', 'Cantor Fitzgerald', 'Cantor', 'Craig-Hallum', 'Roth Capital',
  'Roth MKM', 'Northland', 'Susquehanna', 'Erste Group', 'Warburg Research', 'Hauck Aufhäuser', 'Independent Research',
  'Bryan Garnier', 'Oddo BHF', 'Wolfe Research', 'Melius Research', 'Melius', 'Seaport', 'Seaport Research',
  'HC Wainwright', 'H.C. Wainwright', 'Ladenburg Thalmann', 'Telsey Advisory Group', 'Telsey', 'Scotiabank',
  'CIBC', 'National Bank Financial', 'Desjardins', 'Bell Potter', 'Morgans', 'Ord Minnett', 'Wilsons', 'Jarden',
  'Haitong', 'Guotai Junan', 'CMB International', 'China Renaissance', 'Huatai', 'BTIG', 'JMP Securities',
  'Citizens JMP', 'New Street Research', 'DA Davidson', 'D.A. Davidson', 'MoffettNathanson', 'Moffett Nathanson',
  'Atlantic Equities', 'Weiss Ratings', 'Wall Street Zen', 'StockNews.com', 'Keefe, Bruyette & Woods', 'KBW',
  'Compass Point', 'Janney Montgomery Scott', 'Lake Street', 'Maxim Group', 'B. Riley', 'B. Riley Securities',
  'Alliance Global Partners', 'Arete Research', 'Arete', 'Daiwa Securities', 'Nomura Securities', 'Mizuho Securities',
  'Macquarie Research', 'Jefferies Financial Group', 'Citigroup Inc.', 'Erste', 'LBBW', 'Metzler', 'Baader Bank',
  'Intesa Sanpaolo', 'Mediobanca', 'Equita', 'AlphaValue', 'Jyske Bank', 'Danske Bank', 'SEB', 'Carnegie',
  'DNB Markets', 'Pareto', 'ABG Sundal Collier', 'Vontobel', 'Zürcher Kantonalbank', 'ZKB', 'Octavian', 'Edison',
  'Goodbody', 'Davy', 'Investec', 'Stephens', 'Raymond James Financial', 'Piper Jaffray', 'Capital One',
  'Evercore Partners', 'Tigress Financial', 'Daiwa Capital Markets', 'Itau BBA', 'Bradesco BBI', 'XP Investimentos',
  'BTG Pactual', 'Ventura Securities', 'Choice Broking', 'Religare Broking', 'Geojit', 'IIFL Securities',
  'Systematix', 'Elara Capital', 'InCred Equities', 'Antique Stock Broking', 'Centrum Broking', 'Yes Securities',
  'SBI Securities', 'BOB Capital Markets', 'Dolat Capital', 'Ambit Capital', 'Investec Securities', 'CGS-CIMB',
  'CIMB', 'UOB Kay Hian', 'DBS', 'DBS Bank', 'OCBC', 'Maybank', 'TA Securities', 'AmInvestment Bank', 'Affin Hwang',
  'ING', 'Rabobank', 'ABN AMRO', 'KBC Securities', 'Degroof Petercam', 'Itaú BBA', 'Nordea Markets', 'Handelsbanken',
  'Swedbank', 'Arctic Securities', 'SpareBank 1 Markets', 'Daishin Securities', 'Hana Securities', 'NH Investment & Securities',
  'Kiwoom Securities', 'Shinhan Investment', 'Korea Investment & Securities', 'Yuanta', 'Nomura Holdings',
  'Tokai Tokyo', 'Marusan', 'Iwai Cosmo', 'SBI Capital Markets', 'Morgan Stanley MUFG',
] as const;

/** Lower-cased firm names, longest first, for matching written text. */
export const FIRM_NAMES: readonly string[] = [...new Set(FIRMS)].sort((a, b) => b.length - a.length);

/** Analyst wording: a firm named near these words is acting as a research house. */
export const ANALYST_CONTEXT =
  /\b(?:price target|target price|price objective|target|rating|rates|rated|upgrade[sd]?|downgrade[sd]?|overweight|underweight|outperform|underperform|initiat(?:ed|es|ing) coverage|coverage|analysts?|reiterat(?:ed|es)|maintain(?:ed|s)|equal[- ]weight|neutral|buy|sell|hold|sees)\b/i;
