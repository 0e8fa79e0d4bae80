import { phrase, type FindingTextKey, type Phrase } from './phrase';
import type { FindingId, FindingParams } from './types';

/** A finding written as an id and parameters, before it is put into phrases. */
export interface FindingDraft {
  id: FindingId;
  params: FindingParams;
}

/** A finding's statement and what it suggests, as phrases of the DiagnoseFindings catalogue. */
export interface FindingPhrases {
  message: Phrase;
  inference: Phrase[];
}

type Phraser = (params: FindingParams) => FindingPhrases;

// The 401 sub-statuses and Win32 codes the catalogue explains, in the words of Microsoft's
// documentation (see the catalogue's comments).
const SUBSTATUS_401 = new Set([1, 2, 3, 4, 5, 501, 502, 503, 504]);
const WIN32_CODES = new Set([
  0, 2, 5, 1326, 1327, 1330, 1331, 1909, 0x80090302, 0x80090303, 0x80090304, 0x80090305, 0x80090308, 0x8009030c, 0x8009030d, 0x8009030e, 0x8009030f,
  0x80090311, 0x80090322, 0x80090324, 0x80090346,
]);

// HRESULTs are keyed in hex as they are written (win32x80090305), Win32 codes in decimal.
const win32Key = (code: number) => `win32x${code > 0xffff ? code.toString(16) : code}` as FindingTextKey;

type Param = FindingParams[string] | undefined;
const isNumber = (value: Param): value is number => typeof value === 'number';
const text = (value: Param) => (value === null || value === undefined ? '' : String(value));

const PHRASERS: Partial<Record<FindingId, Phraser>> = {
  'kerberos-service-ticket': (p) => ({
    message: phrase('serviceTicket', { spn: text(p.spn) }),
    inference: [
      phrase('serviceTicketInference'),
      ...(isNumber(p.declaredLength)
        ? [phrase(p.namesCut ? 'serviceTicketCutInName' : 'serviceTicketCutAfterName', { declared: p.declaredLength, arrived: text(p.byteLength) })]
        : []),
    ],
  }),
  'iis-401': (p) => {
    const substatus = isNumber(p.substatus) ? p.substatus : null;
    const win32 = isNumber(p.win32) ? p.win32 : null;
    const named = [p.win32Hex, p.win32Name].filter((part) => typeof part === 'string' && part !== '').join(', ');
    const status = win32 === null ? '' : named ? phrase('iis401Win32Named', { win32, named }) : phrase('iis401Win32', { win32 });
    const meaning: Phrase[] = [
      ...(substatus !== null && SUBSTATUS_401.has(substatus) ? [phrase(`iis401x${substatus}` as FindingTextKey)] : []),
      ...(win32 !== null && WIN32_CODES.has(win32) ? [phrase(win32Key(win32))] : []),
    ];
    const anonymous = substatus === 2 && win32 === 5 ? [phrase(p.laterSuccess ? 'iis401AnonymousLaterSuccess' : 'iis401AnonymousStopped')] : [];
    return {
      message: phrase('iis401', { code: substatus === null ? '401' : `401.${substatus}`, status, count: isNumber(p.count) ? p.count : 0 }),
      inference: [...meaning, ...anonymous],
    };
  },
  'nothing-found': (p) => ({
    message: phrase('nothingFound'),
    inference: [phrase('nothingFoundLookedFor'), ...(isNumber(p.nearestLine) ? [phrase('nothingFoundNearest', { line: p.nearestLine })] : [])],
  }),
};

/** Puts a finding written as an id and parameters into phrases. */
export function phrasesOf(draft: FindingDraft): FindingPhrases {
  const phraser = PHRASERS[draft.id];
  return phraser ? phraser(draft.params) : { message: phrase('sentence', { text: draft.id }), inference: [] };
}

// Link words by article and section; a section falls back to its article's words.
const ARTICLE_LINK_TEXT: Record<string, FindingTextKey> = {
  'kerberos-spn-missing-or-duplicate': 'articleSpn',
  'windows-auth-fails-in-ie-edge': 'articleDcUnreachable',
  'windows-auth-fails-in-ie-edge#iis-log': 'articleIisLog',
  'kerberos-clock-skew': 'articleClockSkew',
};

/** The words of a link to an article (and section) that explains a finding. */
export function articleLinkText(article: { slug: string; anchor?: string }): Phrase {
  return phrase(ARTICLE_LINK_TEXT[`${article.slug}#${article.anchor ?? ''}`] ?? ARTICLE_LINK_TEXT[article.slug] ?? 'articleDefault');
}
