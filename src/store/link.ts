/**
 * Linking an article's entities to corpus-wide (global) entities.
 *
 * Evidence, strongest first:
 * 1. a multi-word name (or mention) whose {@link normKey} is an alias of a global entity of the
 *    same type; then one whose {@link variantKey} is (spelling variants, Latin transliterations);
 * 2. when several global entities match, context decides: the one sharing most articles with the
 *    other entities of this article; then the most frequent;
 * 3. a name seen only as one word (ترامب, ماكرون, محمد) joins a full-name global entity only when
 *    exactly one of them has that word as an alias, or context singles one out; otherwise it joins
 *    (or creates) a "single-name" global entity of its own, so two people who share a surname are
 *    never merged just because of it.
 */
import type { Entity, EntityType } from '../document.ts';
import { isLatinName, isSingleWord, normKey, translitKey, variantKey } from './keys.ts';

/** One alias row of a global entity that matched a key. */
export interface CandidateRow {
  id: number;
  type: EntityType;
  single: boolean;
  articleCount: number;
  /** The global entity's own name key (its most complete name). */
  entityNorm: string;
  norm: string;
  vkey: string;
  tkey: string;
}

/** What the linker needs from the database. */
export interface LinkLookup {
  /** Alias rows whose norm, vkey or tkey is in the given lists (any of them may be empty). */
  candidates(norms: string[], vkeys: string[], tkeys: string[]): Promise<CandidateRow[]>;
  /**
   * For each candidate, the number of its recent articles (a bounded window, newest first) that also
   * have any of the `context` entities; candidates with none may be left out of the map.
   */
  cooccurrence(candidates: number[], context: number[]): Promise<Map<number, number>>;
}

/** A surface form of an entity in one article, with its keys. */
export interface Form {
  name: string;
  norm: string;
  vkey: string;
  tkey: string;
  count: number;
}

/** The decision for one entity of the article. */
export interface LinkDecision {
  localId: string;
  /** The global entity to link to, or null to create one. */
  globalId: number | null;
  /** For a new entity: its type, name and whether it is a single-name entity. */
  type: EntityType;
  name: string;
  single: boolean;
  forms: Form[];
}

/** The surface forms of an entity (its name mentions and aliases; roles and pronouns do not name it). */
export function entityForms(entity: Entity): Form[] {
  const counts = new Map<string, number>();
  for (const m of entity.mentions) {
    if (m.kind && m.kind !== 'name') continue;
    const name = m.text.trim();
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (!counts.size && entity.name.trim()) counts.set(entity.name.trim(), 0);
  // A name the entity goes by that the article does not write («التيار الديمقراطي» for «حزب التيار الديمقراطي»)
  // links an article that writes it alone; it counts no mention.
  for (const alias of entity.aliases ?? []) if (alias.trim() && !counts.has(alias.trim())) counts.set(alias.trim(), 0);
  const forms: Form[] = [];
  for (const [name, count] of counts) {
    const norm = normKey(name);
    if (norm) forms.push({ name, norm, vkey: variantKey(name), tkey: translitKey(name), count });
  }
  return forms;
}

/** Keys of last words, computed once (the same global entities come back article after article). */
const lastWordKeys = new Map<string, string>();

function lastWordMatches(row: CandidateRow, forms: readonly Form[], by: 'norm' | 'vkey' | 'tkey'): boolean {
  const last = row.entityNorm.split(' ').at(-1) ?? '';
  if (!last || row.entityNorm === last) return true;
  let key = by === 'norm' ? last : lastWordKeys.get(`${by}\u0000${last}`);
  if (key === undefined) {
    key = by === 'vkey' ? variantKey(last) : translitKey(last);
    if (lastWordKeys.size > 50_000) lastWordKeys.clear();
    lastWordKeys.set(`${by}\u0000${last}`, key);
  }
  return forms.some((f) => f[by] === key);
}

/** At most this many candidate global entities (the most frequent) are compared by context. */
export const MAX_SCORED_CANDIDATES = 8;

/** Decides, for every entity of an article, which global entity it is (see the module comment). */
export async function planLinks(entities: readonly Entity[], lookup: LinkLookup): Promise<LinkDecision[]> {
  const items = entities
    .map((e) => {
      const forms = entityForms(e);
      return { e, forms, multi: forms.filter((f) => !isSingleWord(f.name)) };
    })
    .filter((x) => x.forms.length);
  const norms = [...new Set(items.flatMap((x) => x.forms.map((f) => f.norm)))];
  const vkeys = [...new Set(items.flatMap((x) => x.forms.map((f) => f.vkey)).filter(Boolean))];
  const tkeys = [...new Set(items.flatMap((x) => x.forms.map((f) => f.tkey)).filter((k) => k.length >= 2))];
  // Alias rows are fetched per key kind, and only when needed: most entities are settled by their
  // exact name key, and the coarse transliteration key can match many aliases on a large corpus.
  const fetched = new Map<'norm' | 'vkey' | 'tkey', CandidateRow[]>();
  const rowsBy = async (by: 'norm' | 'vkey' | 'tkey'): Promise<CandidateRow[]> => {
    let rows = fetched.get(by);
    if (!rows) {
      const list = by === 'norm' ? norms : by === 'vkey' ? vkeys : tkeys;
      rows = list.length ? await lookup.candidates(by === 'norm' ? list : [], by === 'vkey' ? list : [], by === 'tkey' ? list : []) : [];
      fetched.set(by, rows);
    }
    return rows;
  };

  const linked: number[] = [];
  const decisions = new Map<string, LinkDecision>();

  const choose = async (ids: number[], info: Map<number, CandidateRow>, strict: boolean): Promise<number | null> => {
    if (ids.length === 1) return ids[0]!;
    if (!ids.length) return null;
    // A common first name alone («محمد») matches a hundred global entities on a large corpus: only
    // the most frequent ones are scored for context, which bounds the lookups per article.
    if (ids.length > MAX_SCORED_CANDIDATES) {
      ids = [...ids].sort((a, b) => info.get(b)!.articleCount - info.get(a)!.articleCount || a - b).slice(0, MAX_SCORED_CANDIDATES);
    }
    const scores = linked.length ? await lookup.cooccurrence(ids, linked) : new Map<number, number>();
    const ranked = ids
      .map((id) => ({ id, score: scores.get(id) ?? 0, freq: info.get(id)!.articleCount }))
      .sort((a, b) => b.score - a.score || b.freq - a.freq || a.id - b.id);
    const [best, second] = ranked;
    if (!strict) return best!.id;
    return best!.score > 0 && best!.score > (second?.score ?? 0) ? best!.id : null;
  };

  // Row positions by key, per key kind: an entity looks up its own keys instead of scanning every
  // row (articles with many entities fetch many rows). Matches keep the rows' order.
  const positions = new Map<'norm' | 'vkey' | 'tkey', Map<string, number[]>>();
  const rowsWith = async (by: 'norm' | 'vkey' | 'tkey', keys: Iterable<string>): Promise<CandidateRow[]> => {
    const rows = await rowsBy(by);
    let index = positions.get(by);
    if (!index) {
      index = new Map();
      for (let i = 0; i < rows.length; i++) {
        const list = index.get(rows[i]![by]);
        if (list) list.push(i);
        else index.set(rows[i]![by], [i]);
      }
      positions.set(by, index);
    }
    const at = new Set<number>();
    for (const k of keys) for (const i of index.get(k) ?? []) at.add(i);
    return [...at].sort((a, b) => a - b).map((i) => rows[i]!);
  };

  const matching = async (type: EntityType, forms: Form[], single: boolean | null, by: 'norm' | 'vkey' | 'tkey'): Promise<Map<number, CandidateRow>> => {
    const out = new Map<number, CandidateRow>();
    if (by === 'tkey') {
      // Across scripts only: a Latin form with an Arabic alias, or the reverse.
      const latinByKey = new Map<string, Set<boolean>>();
      for (const f of forms) {
        if (f.tkey.length < 2) continue;
        const set = latinByKey.get(f.tkey) ?? new Set<boolean>();
        set.add(isLatinName(f.name));
        latinByKey.set(f.tkey, set);
      }
      for (const r of await rowsWith('tkey', latinByKey.keys())) {
        if (r.type !== type || (single !== null && r.single !== single)) continue;
        const scripts = latinByKey.get(r.tkey);
        if (scripts?.has(!isLatinName(r.norm))) out.set(r.id, r);
      }
      return out;
    }
    const keys = new Set(forms.map((f) => f[by]).filter(Boolean));
    for (const r of await rowsWith(by, keys)) {
      if (r.type !== type || (single !== null && r.single !== single)) continue;
      out.set(r.id, r);
    }
    return out;
  };

  // Full names first (they carry the strongest evidence and give context to single names).
  const ordered = [...items].sort((a, b) => Number(b.multi.length > 0) - Number(a.multi.length > 0) || b.e.mentions.length - a.e.mentions.length);
  for (const { e, forms, multi } of ordered) {
    const base = { localId: e.id, type: e.type, forms };
    let globalId: number | null = null;
    let single = false;
    if (multi.length) {
      for (const by of ['norm', 'vkey', 'tkey'] as const) {
        const found = await matching(e.type, multi, false, by);
        if (found.size) {
          // The coarse cross-script key links only when it singles out one entity.
          globalId = by === 'tkey' && found.size > 1 ? null : await choose([...found.keys()], found, false);
          break;
        }
      }
    } else {
      for (const by of ['norm', 'vkey', 'tkey'] as const) {
        const found = await matching(e.type, forms, false, by);
        // A person named by one word joins a full name only by its last word (the family name):
        // «يوسف» alone is not evidence for «يوسف الشاهد».
        if (e.type === 'PER') for (const [id, row] of found) if (!lastWordMatches(row, forms, by)) found.delete(id);
        if (found.size) {
          globalId = by === 'tkey' && found.size > 1 ? null : await choose([...found.keys()], found, true);
          if (globalId !== null || by === 'norm') break;
        }
      }
      if (globalId === null) {
        single = true;
        const own = await matching(e.type, forms, true, 'norm');
        globalId = own.size ? [...own.values()].sort((a, b) => b.articleCount - a.articleCount)[0]!.id : null;
      }
    }
    const name = (multi.length ? [...multi].sort((a, b) => b.count - a.count || b.name.length - a.name.length)[0]!.name : null) ?? e.name;
    decisions.set(e.id, { ...base, globalId, name, single });
    if (globalId !== null) linked.push(globalId);
  }
  return entities.filter((e) => decisions.has(e.id)).map((e) => decisions.get(e.id)!);
}
