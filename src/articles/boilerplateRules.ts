/**
 * The wording of boilerplate: ads, link lists, promos, disclaimers, company profiles. Each pattern was written for a
 * kind of line publishers print around the news; none may match a plain news sentence ("Jefferies rates the stock
 * Buy", "the company said via email").
 */

/** A line that marks an ad; the ad runs on over promotional lines. */
export const AD_MARKER = /^(?:[-–—*\s]*)(?:Ad|Ads|Advert|Advertisement|Advertising|Anzeige|Werbung|Sponsored|Sponsored content|Promoted|Paid content|Paid post|Partner content|Story continues below(?: advertisement)?)(?:[-–—*:\s]*)$/i;

/** A heading over a list of links to other stories. */
export const LIST_HEADING = /^(?:Related(?: articles| stories| news| coverage| content| posts| links| reading| topics| videos)?|Read more|Read also|Also read|Read next|Now read|See also|More (?:news |stories |articles )?(?:from|on|about) .{1,60}|More (?:stories|news|articles|headlines)|Recommended(?: for you| stories| reading| articles| videos)?|You (?:may|might) also like|Trending(?: now| stories| news)?|Popular(?: now| stories| news)?|Most (?:read|popular|viewed)|Featured (?:articles|stories|content|news|posts)|Further reading|Top stories|Latest (?:news|stories|headlines)|Recent (?:news|stories|posts)|Editor'?s picks|Don'?t miss|What to read next|Up next|Also in the news|In other news|Other news|More news|News on this (?:topic|stock|company))\s*:?$/i;

/** A heading over a company profile: `About NVIDIA` counts only when a description follows (see isProfileHeading). */
export const PROFILE_HEADING = /^(?:About (?:the company|us)|Company (?:profile|overview|description|background|information)|Corporate profile)\s*:?$/i;
export const ABOUT_HEADING = /^About ([A-Z][\w&.,'’ -]{0,60}?)\s*:?$/;

/** A heading over a disclaimer or disclosure. */
export const DISCLAIMER_HEADING = /^(?:Disclaimers?|Disclosures?|Important (?:information|notices?|disclosures?)|Risk warning|Legal notice|Investment disclaimer)\s*:?$/i;

const FEW = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)`;
/** The start of a stock-picking promo that runs to the next heading: MarketBeat's, the Motley Fool's, screeners. */
export const PROMO_START = new RegExp(String.raw`^(?:Should you invest \$?[\d,]+|Before you consider\b|Before you buy stock in\b|Where (?:should|to) (?:you )?invest \$?[\d,]+|(?:The |Our )?(?:top )?${FEW} (?:best )?stocks? (?:to buy|to own|to watch|for)\b|${FEW} stocks we like better\b)`, 'i');

/** Boilerplate lines that say so in their first words. */
export const LINE_START: readonly RegExp[] = [
  /^(?:Related|Read more|Read also|Also read|Read next|Now read|See also|More|Recommended|Watch|Listen|Check out)\s*[:|]\s*\S/i,
  /^Should investors (?:sell|buy)\b.*\?$/i,
  /^[\w&.'’ -]{1,40}: Buy or sell\? Read more here/i,
  /^(?:Disclaimer|Disclosure|Editor'?s note|Investor disclaimer)\s*:/i,
  /^(?:©|\(c\)\s*\d{4}|Copyright\b.{0,20}\d{4})/i,
  /^(?:Tags?|Topics?|Keywords?|Filed under|Image source|Photo(?: credit)?|Image|Picture|Source: (?:Getty|Shutterstock|Reuters photo|AP photo))\s*:/i,
  /^(?:Before you consider|Where should you invest|Should you invest \$[\d,]+ in|Before you buy stock in)\b/i,
  /^(?:Share (?:this|on|via)\b.{0,60}|Share|Tweet|Email|Print|Comments?|Follow us\b.{0,60}|Follow @\S+.{0,40}|Like us on\b.{0,40})$/i,
  /^(?:(?:Facebook|Twitter|X|LinkedIn|WhatsApp|E-?mail|Print|Reddit|Telegram|Copy link|Share)\s*(?:[|·•,/]\s*)?){2,}$/i,
  /^(?:View|See|Get|Download|Claim|Unlock|Access|Click|Tap)\b.{0,60}\b(?:here|now|today|free|tracker|stocks?)\s*[.»›>!]*$/i,
  /^Want (?:to see what other hedge funds are holding|the latest recommendations from)\b/i,
  /^(?:Catch all the|Stay (?:updated|informed|ahead) with|Get the latest)\b/i,
  /^Which stock should you buy in your very next trade\b/i,
  /^(?:Our Standards:|(?:Additional )?(?:Reporting|Writing|Editing) by\b)/i,
  /^\d{1,2} min(?:ute)?s? read$/i,
];

/** Boilerplate phrases anywhere in a short line, and the words that must be present for any of them to match. */
export const LINE_ANYWHERE: readonly RegExp[] = [
  /\bStock: Buy or Sell\?!/i,
  /\bRead more here\.*$/i,
  /\b(?:not (?:an? )?(?:investment|financial) advice|does not constitute (?:investment|financial) advice|for (?:general )?informational purposes only|do your own research)\b/i,
  /\b(?:views and opinions (?:given|expressed) by (?:the )?experts are their own|do not represent the views of)\b/i,
  /\b(?:holds?|has|have|had)\s+no\s+positions?\b/i,
  /\b(?:owns?|holds?)\s+no\s+shares\s+(?:of|in)\s+(?:any of )?the\s+(?:stocks?|companies|securities)\b/i,
  /\bpositions? in (?:any of )?(?:the )?(?:stocks?|securities|companies|shares)\s+mentioned\b/i,
  /\bThe Motley Fool (?:has|recommends|owns)\b/i,
  /\b(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|alerts?|free|today|now|e-?mail|updates|daily|weekly)\b/i,
  /\bour (?:free |daily |weekly )?newsletters?\b/i,
  // A ticker's link in a syndicated note ("(LON:AZN – Free Report)") is no promo: the dash before it tells.
  /\b(?:(?<![–—-]\s)free (?:report|analysis|newsletter|e-?book|guide|stock picks?)|click here|download (?:the|our) \w+ (?:news )?app|join (?:our|the) (?:community|channel))\b/i,
  /\b(?:This (?:article|story|report|instant news alert) was (?:generated|written|produced|created)|with the (?:help|assistance) of (?:AI|artificial intelligence))\b/i,
  /\b(?:Receive News & Ratings|Enter your e-?mail)\b/i,
  /\bMarketBeat (?:keeps track|has identified|All Access|Pro|Daily|Ratings)\b/i,
  /\bMarketBeat\b.{0,120}\b(?:has not been|hasn'?t been|editorial team)\b/i,
  /\bbefore you consider\b.*\byou'?ll want to\b/i,
  /\bAll rights reserved\b/i,
];
/**
 * A cheap first test: without one of these words, no LINE_ANYWHERE pattern can match. Grouped by first letter, and
 * tried only where a word starts (each pattern needs its word whole), which halves the cost of this scan.
 */
export const ANYWHERE_WORDS =
  /\b(?:a(?:dvice|ssistance of|ll rights)|buy or sell|click here|download|e-?mail|free |help of|informational|join (?:our|the)|m(?:entioned|otley|arketbeat)|n(?:ewsletter|o (?:position|shares))|o(?:pinions|wn research|ur (?:free |daily |weekly )?newsletter)|r(?:ead more|egister|eceive news)|s(?:ign up|ubscribe)|this (?:article|story|report|instant)|views of|want to)/i;

/**
 * A company description: `NVIDIA Corporation provides …`, `Acme, Inc. (NASDAQ: ACME) is a holding company that …`,
 * `X, together with its subsidiaries, designs …`. Dropped near an article's end, where publishers print profiles.
 */
export const PROFILE_SENTENCE = /^[A-Z][\w&.,'’ -]{1,80}?(?:\s\((?:[A-Z]+\s?:\s?)?[A-Z0-9.]{1,12}\))?,?\s(?:(?:together with|through) its subsidiaries,\s)?(?:operates as|operates|provides|engages in|designs|develops|manufactures|offers|focuses on|is an? (?:[\w-]+,? ){0,5}(?:company|holding company|provider|manufacturer|developer|bank|group|firm|corporation|conglomerate|retailer|operator|platform|producer|insurer|REIT|trust))\b/;
/** The sentences that follow a profile's first: `The company operates through …`, `It was founded in …`. */
export const PROFILE_MORE = /^(?:The (?:company|firm|group|bank)|It|The Company)\b.{0,40}\b(?:operates|offers|provides|serves|sells|markets|segments?|founded|incorporated|headquartered|based in)\b/;
/** A description with a founding year or a head office is a profile wherever it stands. */
export const FOUNDED = /\b(?:(?:was )?founded in|incorporated in|headquartered in|is based in|was established in)\b/;
/** A line with a money amount or a percentage is never dropped as a profile: it may hold a fact. */
export const FIGURE = /[%$€£¥₹]|\b(?:USD|EUR|GBP|HKD|JPY|CNY|INR|billion|million|percent)\b/;
