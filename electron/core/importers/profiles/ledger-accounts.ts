// Account names in a bookkeeping ledger → the industry (UK SIC) the money went to, for the
// spend-based factors (spend-sic-* in the catalogue). The table is read top to bottom and the
// first rule whose pattern is in the account's name wins, so specific rules come before general
// ones ("Motor insurance" is insurance, not motoring; "Skip hire" is waste, not hire).
//
// Three outcomes, never a guess:
// - an activity: a purchase of that industry's goods or services;
// - excluded: not a purchase at all (payroll, tax, depreciation, transfers, sales…);
// - too general: a real purchase whose industry cannot be told from the name ("General
//   expenses", "Purchases", or energy accounts mixing electricity and gas). The user moves such
//   costs to specific accounts, or imports bills instead.
// An account no rule knows is refused by name too.
//
// Names follow the default charts of accounts of Xero (UK), QuickBooks Online (UK), Sage 50 /
// Sage Accounting (UK) and FreeAgent, e.g. Xero "Travel - National", "Light, Power, Heating",
// Sage "Fuel and oil", "Audit and accountancy fees", FreeAgent "Accommodation and Meals".

export type AccountRule =
  | { pattern: RegExp; activityId: string; category: string; why?: string }
  | { pattern: RegExp; excluded: string }
  | { pattern: RegExp; tooGeneral: string };

const GENERAL = 'is too general to tell which industry the money went to: move these costs to more specific accounts';

export const ACCOUNT_RULES: readonly AccountRule[] = [
  // Not purchases.
  { pattern: /\b(wages?|salar(y|ies)|payroll|paye|national insurance|employer'?s? ni|nics?|pensions?|superannuation|directors?'? (remuneration|salar\w*|fees)|bonus(es)?|staff (costs|benefits))\b/, excluded: 'pay and pensions are not purchases' },
  { pattern: /\b(depreciation|amortisation|amortization|impairment|disposal of (fixed )?assets?)\b/, excluded: 'depreciation is not a purchase (the asset was counted when bought)' },
  { pattern: /\b(vat|corporation tax|income tax|council tax|business rates|tax(es)? paid|hmrc)\b|^rates$/, excluded: 'taxes are not purchases' },
  { pattern: /\b(dividends?|drawings|share capital|capital introduced|equity|retained earnings|reserves)\b/, excluded: 'equity and drawings are not purchases' },
  { pattern: /\b(loans?|interest (paid|payable|expense|charges?|received)|bank interest|hire purchase interest|finance charges?)\b|^interest$/, excluded: 'interest and loans are finance, not purchases' },
  { pattern: /\b(transfers?|suspense|rounding|clearing|control account|debtors|creditors|accounts (payable|receivable)|accruals?|prepayments?|deferred|provisions?|historical adjustment|opening balance)\b/, excluded: 'a balance-sheet or control account, not a purchase' },
  { pattern: /\b(bad debts?|write[- ]?offs?|donations?|charitable|fines?|penalt(y|ies))\b/, excluded: 'not a purchase of goods or services' },
  { pattern: /\bcost of (sales|goods sold)\b/, tooGeneral: GENERAL },
  { pattern: /\b(sales|revenue|turnover|income|fees received|grants? received|other receipts)\b/, excluded: 'income, not spending' },
  { pattern: /\b(bank|current|savings|deposit|business) account\b|\bpetty cash\b|^cash$|\bcredit card\b|\bpaypal account\b/, excluded: 'a bank or cash account, the other side of a payment' },

  // Specific industries before the general words they contain.
  { pattern: /\binsurance\b/, activityId: 'spend-sic-65-1-2', category: 'insurance' },
  { pattern: /\b(skip hire|waste|refuse|recycling|rubbish|bins?|trade waste)\b/, activityId: 'spend-sic-38', category: 'waste' },
  { pattern: /\b(water( rates)?|sewerage)\b/, activityId: 'spend-sic-36', category: 'water' },
  { pattern: /\b(heating oil|kerosene|burning oil)\b/, activityId: 'spend-sic-19', category: 'energy' },
  { pattern: /\b(light|power|heat(ing)?|utilities|energy)\b|\belectric\w*\b.*\bgas\b|\bgas\b.*\belectric/, tooGeneral: 'mixes electricity and gas, which have different factors: import the bills (the energy bill layout) instead, or split the account' },
  { pattern: /\belectric(ity)?\b/, activityId: 'spend-sic-35-1', category: 'energy' },
  { pattern: /\b(gas|natural gas)\b/, activityId: 'spend-sic-35-2-3', category: 'energy' },
  { pattern: /\b(vehicle|motor|car|van) (repairs?|servicing|service|maintenance)\b|\bmot\b|\btyres?\b/, activityId: 'spend-sic-45', category: 'vehicle repairs' },
  {
    pattern: /\b(fuel|petrol|diesel|motor (vehicle )?(expenses|running costs?)|vehicle running( costs?)?|car (running )?expenses|motor expenses|mileage( allowances?)?)\b/,
    activityId: 'spend-sic-19',
    category: 'fuel',
    why: 'motor running costs are mostly fuel (SIC 19, refined petroleum products)',
  },
  { pattern: /\b(air ?fares?|flights?|air travel|airlines?)\b|travel\W+international|international travel|overseas travel/, activityId: 'spend-sic-51', category: 'travel', why: 'Xero "Travel - International" is mostly flights' },
  { pattern: /\b(rail|trains?|railcards?)\b/, activityId: 'spend-sic-49-1-2', category: 'travel' },
  { pattern: /\b(hotels?|accommodation|lodging)\b/, activityId: 'spend-sic-55', category: 'travel', why: 'FreeAgent "Accommodation and Meals" is mostly hotels' },
  { pattern: /\b(subsistence|meals?|entertainment|entertaining|catering|restaurants?|food and drink|staff welfare|refreshments|canteen)\b/, activityId: 'spend-sic-56', category: 'meals' },
  { pattern: /\b(taxis?|cabs?|bus|buses|coach|travel|travelling|traveling|parking|tolls?|congestion charge|ferry|ferries)\b/, activityId: 'spend-sic-49-3-5', category: 'travel', why: 'general and national travel is mostly road transport (SIC 49.3-5)' },
  { pattern: /\b(postage|postal|courier|freight|carriage|delivery|deliveries|shipping|royal mail)\b/, activityId: 'spend-sic-53', category: 'post and courier' },
  { pattern: /\b(telephone|phones?|mobiles?|internet|broadband|telecoms?|telecommunications)\b/, activityId: 'spend-sic-61', category: 'IT and telecoms' },
  { pattern: /\b(hosting|cloud|data processing|domains?|web hosting)\b/, activityId: 'spend-sic-63', category: 'IT and telecoms' },
  { pattern: /\b(software|saas|it support|it services|it costs|computer (software|services|consultancy|support|running costs)|website|web design|web development)\b/, activityId: 'spend-sic-62', category: 'IT and telecoms' },
  { pattern: /\b(computer (equipment|hardware)|hardware|it equipment|laptops?|computers?)\b/, activityId: 'spend-sic-26', category: 'IT and telecoms' },
  { pattern: /\b(hire|leasing|lease|rental|equipment rental|vehicle hire|car hire|van hire)\b/, activityId: 'spend-sic-77', category: 'hire and leasing' },
  { pattern: /\b(rent|premises rent|office rent|service charges?|property costs?)\b/, activityId: 'spend-sic-68-12', category: 'premises' },
  { pattern: /\b(stationery|office supplies)\b/, activityId: 'spend-sic-17', category: 'office', why: 'Xero "Printing & Stationery" is read as paper products (SIC 17)' },
  { pattern: /\bprinting\b/, activityId: 'spend-sic-18', category: 'office' },
  { pattern: /\b(books|publications|newspapers|magazines|journals)\b/, activityId: 'spend-sic-58', category: 'office' },
  { pattern: /\b(accountan\w*|accounting|audit|bookkeeping|payroll services|tax advice)\b/, activityId: 'spend-sic-69-2', category: 'professional services', why: 'Xero "Consulting & Accounting" is read as accounting (SIC 69.2)' },
  { pattern: /\b(legal|solicitors?|lawyers?)\b/, activityId: 'spend-sic-69-1', category: 'professional services' },
  { pattern: /\b(consult\w*|management fees|professional fees|advisory)\b/, activityId: 'spend-sic-70', category: 'professional services' },
  { pattern: /\b(architects?|engineering|surveyors?|surveys?|testing|inspections?)\b/, activityId: 'spend-sic-71', category: 'professional services' },
  { pattern: /\b(advertising|marketing|promotions?|public relations|market research|sponsorship)\b/, activityId: 'spend-sic-73', category: 'marketing' },
  { pattern: /\b(recruitment|agency staff|temporary staff|temps|staff hire)\b/, activityId: 'spend-sic-78', category: 'staffing' },
  { pattern: /\b(security|alarms?|guarding)\b/, activityId: 'spend-sic-80', category: 'premises' },
  { pattern: /\b(cleaning|cleaners|hygiene|grounds|landscaping|gardening|facilities management)\b/, activityId: 'spend-sic-81', category: 'premises' },
  { pattern: /\b(equipment|machinery|machine) (repairs?|maintenance)\b/, activityId: 'spend-sic-33other', category: 'repairs' },
  { pattern: /\b(repairs?|maintenance|renewals|decorating|building works?)\b/, activityId: 'spend-sic-42-99', category: 'repairs', why: 'repairs and maintenance in an SME ledger are mostly premises upkeep (specialised construction)' },
  { pattern: /\b(bank (charges|fees)|merchant (fees|charges)|card (fees|charges)|transaction fees|payment processing|paypal fees|stripe fees)\b/, activityId: 'spend-sic-64', category: 'finance' },
  { pattern: /\b(conferences?|exhibitions?|trade shows?|events?)\b/, activityId: 'spend-sic-82', category: 'events' },
  { pattern: /\b(training|courses?|education|tuition)\b/, activityId: 'spend-sic-85', category: 'training' },
  { pattern: /\b(subscriptions?|memberships?|professional bodies|trade associations?)\b/, activityId: 'spend-sic-94', category: 'memberships' },
  { pattern: /\b(uniforms?|clothing|workwear|ppe|protective)\b/, activityId: 'spend-sic-14', category: 'equipment' },
  { pattern: /\b(furniture|fixtures and fittings)\b/, activityId: 'spend-sic-31', category: 'equipment' },
  { pattern: /\b(tools|small equipment|plant and machinery|machinery)\b/, activityId: 'spend-sic-28', category: 'equipment' },
  { pattern: /\b(medical|occupational health|first aid)\b/, activityId: 'spend-sic-86', category: 'health' },
  { pattern: /\b(general|sundry|sundries|miscellaneous|misc|other|office expenses|purchases|cost of (sales|goods sold)|direct costs|materials|stock|consumables|equipment|expenses)\b/, tooGeneral: GENERAL },
];

/** Categories whose spend overlaps activity data the user may also import (bills, fuel cards, flights). */
export const OVERLAPPING_CATEGORIES: Readonly<Record<string, string>> = {
  energy: 'energy bills',
  fuel: 'fuel cards or mileage claims',
  travel: 'flights and mileage claims',
  water: 'water bills',
  waste: 'waste transfer notes',
};

export type AccountVerdict = { kind: 'activity'; activityId: string; category: string } | { kind: 'excluded'; reason: string } | { kind: 'too-general'; reason: string } | { kind: 'unknown' };

export function normaliseAccountName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

export function classifyAccount(name: string): AccountVerdict {
  const text = normaliseAccountName(name);
  if (text === '') return { kind: 'unknown' };
  const rule = ACCOUNT_RULES.find((r) => r.pattern.test(text));
  if (!rule) return { kind: 'unknown' };
  if ('activityId' in rule) return { kind: 'activity', activityId: rule.activityId, category: rule.category };
  if ('excluded' in rule) return { kind: 'excluded', reason: rule.excluded };
  return { kind: 'too-general', reason: rule.tooGeneral };
}
