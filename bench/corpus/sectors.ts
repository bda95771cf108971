/** A line of business: the word a company name may carry, how articles call such a firm, what it sells. */
export interface Sector {
  word: string;
  noun: string;
  products: readonly string[];
}

export const SECTORS: readonly Sector[] = [
  { word: 'Energy', noun: 'energy group', products: ['offshore wind farms', 'gas turbines', 'grid batteries'] },
  { word: 'Pharma', noun: 'drugmaker', products: ['oncology drugs', 'vaccines', 'generic medicines'] },
  { word: 'Robotics', noun: 'automation specialist', products: ['warehouse robots', 'factory arms', 'vision sensors'] },
  { word: 'Foods', noun: 'food producer', products: ['frozen meals', 'snack brands', 'dairy products'] },
  { word: 'Logistics', noun: 'logistics provider', products: ['freight forwarding', 'parcel networks', 'cold-chain storage'] },
  { word: 'Semiconductor', noun: 'chipmaker', products: ['memory chips', 'power semiconductors', 'AI accelerators'] },
  { word: 'Software', noun: 'software group', products: ['cloud databases', 'payroll software', 'security tools'] },
  { word: 'Retail', noun: 'retailer', products: ['discount stores', 'online groceries', 'home furnishings'] },
  { word: 'Motors', noun: 'carmaker', products: ['electric SUVs', 'commercial vans', 'hybrid saloons'] },
  { word: 'Materials', noun: 'materials group', products: ['specialty steel', 'lithium compounds', 'cement'] },
  { word: 'Biotech', noun: 'biotech company', products: ['gene therapies', 'antibody platforms', 'diagnostic kits'] },
  { word: 'Networks', noun: 'telecoms operator', products: ['fibre broadband', '5G coverage', 'mobile contracts'] },
  { word: 'Insurance', noun: 'insurer', products: ['motor policies', 'life cover', 'reinsurance contracts'] },
  { word: 'Aerospace', noun: 'aerospace supplier', products: ['jet engine parts', 'satellite buses', 'cabin systems'] },
  { word: 'Chemicals', noun: 'chemicals maker', products: ['coatings', 'crop protection', 'industrial gases'] },
  { word: 'Media', noun: 'media group', products: ['streaming subscriptions', 'live sport rights', 'advertising slots'] },
  { word: 'Mining', noun: 'miner', products: ['copper concentrate', 'iron ore', 'gold bullion'] },
  { word: 'Payments', noun: 'payments firm', products: ['card acquiring', 'merchant terminals', 'cross-border transfers'] },
  { word: 'Health', noun: 'healthcare group', products: ['private clinics', 'dialysis services', 'medical devices'] },
  { word: 'Gaming', noun: 'games publisher', products: ['mobile titles', 'console franchises', 'esports events'] },
];
