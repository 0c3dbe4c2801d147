/**
 * The OpenAPI 3.1 description of the khabar API, served at `/api/openapi.json`. Written by hand
 * beside the routes (src/server/app.ts); a test checks that every route is described.
 */

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string): Schema => ({ type: [type, 'null'] });

const span: Schema = {
  type: 'object',
  required: ['start', 'end'],
  properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
};
const textSpan: Schema = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
};
const entityType: Schema = { type: 'string', enum: ['PER', 'ORG', 'LOC', 'MISC'] };
const entityRef: Schema = {
  type: 'object',
  required: ['id', 'name', 'type'],
  properties: { id: { type: 'integer' }, name: { type: 'string' }, type: entityType },
};
const facetValue: Schema = {
  type: 'object',
  required: ['value', 'count'],
  properties: { value: { type: 'string' }, count: { type: 'integer' } },
};
const entityFacet: Schema = {
  allOf: [entityRef, { type: 'object', required: ['count'], properties: { count: { type: 'integer' } } }],
};

const schemas: Record<string, Schema> = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['status', 'code', 'message'],
        properties: {
          status: { type: 'integer' },
          code: { type: 'string', description: 'stable machine-readable code, e.g. bad-parameter, bad-json, not-found, token-required' },
          message: { type: 'string', description: 'what is wrong, for people' },
        },
      },
    },
  },
  Span: span,
  TextSpan: textSpan,
  Entity: {
    type: 'object',
    required: ['id', 'type', 'name', 'mentions'],
    properties: {
      id: { type: 'string', description: 'e1, e2, … (per document)' },
      type: entityType,
      name: { type: 'string' },
      mentions: { type: 'array', items: { allOf: [textSpan, { type: 'object', properties: { kind: { type: 'string', enum: ['name', 'role', 'pronoun'] } } }] } },
      titles: { type: 'array', items: { type: 'string' } },
      aliases: { type: 'array', items: { type: 'string' }, description: 'names the entity goes by that the text does not write alone (a body without its class noun)' },
    },
  },
  Quote: {
    type: 'object',
    required: ['id', 'kind', 'start', 'end', 'text', 'cue', 'speaker', 'speakerMention', 'addressee'],
    properties: {
      id: { type: 'string' },
      kind: { type: 'string', enum: ['direct', 'indirect', 'mixed'] },
      start: { type: 'integer' },
      end: { type: 'integer' },
      text: { type: 'string' },
      cue: { oneOf: [textSpan, { type: 'null' }] },
      speaker: { ...nullable('string'), description: 'entity id in this document' },
      speakerMention: { oneOf: [textSpan, { type: 'null' }] },
      addressee: nullable('string'),
    },
  },
  Quantity: {
    type: 'object',
    required: ['start', 'end', 'text', 'value', 'unit', 'currency', 'approx'],
    properties: {
      start: { type: 'integer' },
      end: { type: 'integer' },
      text: { type: 'string' },
      value: { type: 'number' },
      unit: nullable('string'),
      currency: { ...nullable('string'), description: 'ISO 4217' },
      approx: { type: ['string', 'null'], enum: ['about', 'more-than', 'less-than', 'up-to', 'at-least', null] },
    },
  },
  Time: {
    type: 'object',
    required: ['start', 'end', 'text', 'type', 'value'],
    properties: {
      start: { type: 'integer' },
      end: { type: 'integer' },
      text: { type: 'string' },
      type: { type: 'string', enum: ['DATE', 'TIME', 'DURATION', 'SET'] },
      value: { type: 'string', description: 'TIMEX3 value' },
    },
  },
  Analysis: {
    type: 'object',
    description: 'The analysis document: the contract of `khabar analyze --json`. Every span is a half-open range of UTF-16 code units into `text`.',
    required: ['version', 'text', 'date', 'sentences', 'entities', 'quotes', 'quantities', 'times', 'messages'],
    properties: {
      version: { const: 1 },
      text: { type: 'string' },
      date: { ...nullable('string'), format: 'date' },
      title: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      sentences: { type: 'array', items: span },
      tokens: { type: 'array', items: { type: 'object' }, description: 'only with tokens=true' },
      entities: { type: 'array', items: ref('Entity') },
      quotes: { type: 'array', items: ref('Quote') },
      quantities: { type: 'array', items: ref('Quantity') },
      times: { type: 'array', items: ref('Time') },
      messages: {
        type: 'array',
        items: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } },
      },
    },
  },
  AnalyzeRequest: {
    type: 'object',
    required: ['text'],
    properties: {
      text: { type: 'string' },
      date: { type: 'string', format: 'date', description: 'publication date, to resolve relative dates' },
      title: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      tokens: { type: 'boolean', description: 'include the token layer' },
    },
  },
  NewArticle: {
    type: 'object',
    description: 'An article to ingest: `text`, or `html` (a web page whose main text is extracted).',
    properties: {
      text: { type: 'string' },
      html: { type: 'string' },
      date: { type: 'string', format: 'date' },
      title: { type: 'string' },
      source: { type: 'string' },
      url: { type: 'string' },
      id: { type: ['string', 'integer'], description: 'an id of your own, kept as externalId' },
    },
  },
  IngestResult: {
    type: 'object',
    required: ['added', 'skipped', 'articles', 'problems'],
    properties: {
      added: { type: 'integer' },
      skipped: { type: 'integer', description: 'already stored (same content hash)' },
      articles: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            skipped: { type: 'boolean' },
            storyId: { type: 'integer' },
            nearDuplicateOf: nullable('integer'),
            origin: nullable('string'),
            title: nullable('string'),
          },
        },
      },
      problems: { type: 'array', items: { type: 'object', properties: { origin: { type: 'string' }, message: { type: 'string' } } } },
    },
  },
  SearchHit: {
    type: 'object',
    required: ['id', 'title', 'source', 'date', 'score', 'snippet', 'highlights'],
    properties: {
      id: { type: 'integer' },
      title: nullable('string'),
      source: nullable('string'),
      url: nullable('string'),
      date: nullable('string'),
      storyId: { type: 'integer' },
      score: { type: 'number' },
      snippet: { allOf: [textSpan, { type: 'object', properties: { highlights: { type: 'array', items: span } } }] },
      highlights: { type: 'array', items: span },
    },
  },
  Facets: {
    type: 'object',
    properties: {
      entities: { type: 'array', items: entityFacet },
      speakers: { type: 'array', items: entityFacet },
      sources: { type: 'array', items: facetValue },
      months: { type: 'array', items: facetValue },
    },
  },
  SearchResult: {
    type: 'object',
    required: ['total', 'hits', 'facets', 'page', 'limit'],
    properties: {
      total: { type: 'integer', description: 'matching articles; a lower bound when totalIsLowerBound is true' },
      totalIsLowerBound: { type: 'boolean', description: 'counting stopped at total (10,000): more articles match; ask with exactTotal=true for the exact number' },
      order: { type: 'string', enum: ['relevance', 'newest'], description: 'how a text search was ordered (newest first above 2,000 matches)' },
      facetsSampled: { type: 'integer', description: 'facets were counted over this many matches, the most recently stored' },
      hits: { type: 'array', items: ref('SearchHit') },
      facets: ref('Facets'),
      terms: { type: 'array', items: { type: 'array', items: { type: 'string' } }, description: 'normalised terms searched, with spelling variants' },
      tookMs: { type: 'number' },
      page: { type: 'integer' },
      limit: { type: 'integer' },
    },
  },
  StoredArticle: {
    type: 'object',
    required: ['id', 'document', 'entityLinks'],
    properties: {
      id: { type: 'integer' },
      title: nullable('string'),
      source: nullable('string'),
      url: nullable('string'),
      byline: nullable('string'),
      date: nullable('string'),
      hash: { type: 'string' },
      storyId: { type: 'integer' },
      length: { type: 'integer' },
      document: ref('Analysis'),
      entityLinks: { type: 'object', additionalProperties: { type: 'integer' }, description: 'document entity id (e1) → global entity id' },
      storyArticles: { type: 'array', items: { type: 'object' }, description: 'near-duplicates of this article' },
    },
  },
  QuoteHit: {
    type: 'object',
    required: ['articleId', 'quoteId', 'kind', 'start', 'end', 'text', 'speaker'],
    properties: {
      articleId: { type: 'integer' },
      quoteId: { type: 'string' },
      kind: { type: 'string', enum: ['direct', 'indirect', 'mixed'] },
      start: { type: 'integer' },
      end: { type: 'integer' },
      text: { type: 'string' },
      cue: { oneOf: [textSpan, { type: 'null' }] },
      speaker: { oneOf: [entityRef, { type: 'null' }] },
      speakerMention: { oneOf: [textSpan, { type: 'null' }] },
      date: nullable('string'),
      title: nullable('string'),
      source: nullable('string'),
    },
  },
  GlobalEntity: {
    allOf: [
      entityRef,
      {
        type: 'object',
        properties: {
          aliases: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, count: { type: 'integer' } } } },
          articleCount: { type: 'integer' },
          mentionCount: { type: 'integer' },
          firstSeen: nullable('string'),
          lastSeen: nullable('string'),
        },
      },
    ],
  },
  EntityDetail: {
    allOf: [
      ref('GlobalEntity'),
      {
        type: 'object',
        properties: {
          titles: { type: 'array', items: facetValue },
          timeline: {
            type: 'array',
            items: { type: 'object', properties: { month: { type: 'string' }, articles: { type: 'integer' }, mentions: { type: 'integer' } } },
          },
          quotes: { type: 'array', items: ref('QuoteHit') },
          cooccurring: { type: 'array', items: { allOf: [entityRef, { type: 'object', properties: { articles: { type: 'integer' } } }] } },
        },
      },
    ],
  },
  Stats: {
    type: 'object',
    properties: {
      backend: { type: 'string', enum: ['sqlite', 'postgres'] },
      schemaVersion: { type: 'integer' },
      articles: { type: 'integer' },
      stories: { type: 'integer' },
      entities: { type: 'integer' },
      mentions: { type: 'integer' },
      quotes: { type: 'integer' },
      quantities: { type: 'integer' },
      times: { type: 'integer' },
      sources: { type: 'array', items: facetValue },
      firstDate: nullable('string'),
      lastDate: nullable('string'),
      sizeBytes: { type: 'integer' },
      tokenRequired: { type: 'boolean', description: 'true when write endpoints need a token' },
    },
  },
};

const errorResponse = (description: string): Schema => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const json = (schema: Schema, description = 'OK'): Schema => ({ description, content: { 'application/json': { schema } } });
const query = (name: string, description: string, schema: Schema = { type: 'string' }): Schema => ({ name, in: 'query', required: false, description, schema });
const page = [query('page', 'page number, from 1', { type: 'integer', minimum: 1, default: 1 }), query('limit', 'page size', { type: 'integer', minimum: 1, maximum: 100, default: 20 })];
const idParam = (what: string): Schema => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'integer', minimum: 1 } });
const writeErrors = {
  '400': errorResponse('malformed JSON, a bad field, or no usable article'),
  '401': errorResponse('the server has a token and the request has none'),
  '403': errorResponse('wrong token, or a cross-site request'),
  '413': errorResponse('body too large'),
  '415': errorResponse('unsupported Content-Type'),
};

/** Builds the OpenAPI 3.1 document of the API. */
export function buildOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'khabar API',
      version: '1',
      summary: 'Arabic news as structured, verifiable knowledge: entities, quotes with speakers, quantities and dates.',
      description:
        'Every annotation is a half-open span [start, end) of UTF-16 code units into the original article text. ' +
        'Write endpoints need `Authorization: Bearer <token>` when the server was started with a token. ' +
        'Errors are JSON `{"error": {"status", "code", "message"}}`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    components: {
      schemas,
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'the --token / KHABAR_TOKEN of the server' } },
    },
    paths: {
      '/api/analyze': {
        post: {
          operationId: 'analyze',
          summary: 'Analyse a text (nothing is stored)',
          parameters: [query('date', 'with a text/plain body: publication date YYYY-MM-DD', { type: 'string', format: 'date' }), query('tokens', 'include the token layer', { type: 'boolean' })],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('AnalyzeRequest') }, 'text/plain': { schema: { type: 'string' } } },
          },
          responses: { '200': json(ref('Analysis'), 'the analysis document'), '400': writeErrors['400'], '403': writeErrors['403'], '413': writeErrors['413'], '415': writeErrors['415'] },
        },
      },
      '/api/articles': {
        get: {
          operationId: 'searchArticles',
          summary: 'Search articles, with facets',
          parameters: [
            query('q', 'full-text query over normalised Arabic (spelling-variant aware)'),
            query('entity', 'only articles mentioning this entity (name, alias or #id)'),
            query('speaker', 'only articles quoting this speaker (name, alias or #id)'),
            query('from', 'earliest date, YYYY[-MM[-DD]]'),
            query('to', 'latest date, inclusive, YYYY[-MM[-DD]]'),
            query('source', 'only this source'),
            query('facets', 'compute facets (default true)', { type: 'boolean' }),
            query('exactTotal', 'count every match (default false: counting stops at 10,000)', { type: 'boolean' }),
            ...page,
          ],
          responses: { '200': json(ref('SearchResult')), '400': errorResponse('a bad parameter') },
        },
        post: {
          operationId: 'addArticles',
          summary: 'Analyse and store one or many articles',
          security: [{ token: [] }, {}],
          parameters: [
            query('title', 'with a text/plain or text/html body'),
            query('date', 'with a text/plain or text/html body: YYYY-MM-DD', { type: 'string', format: 'date' }),
            query('source', 'with a text/plain or text/html body'),
            query('url', 'with a text/plain or text/html body'),
            query('filename', 'a name for reports (the uploaded file)'),
          ],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: { oneOf: [ref('NewArticle'), { type: 'array', items: ref('NewArticle') }, { type: 'object', required: ['articles'], properties: { articles: { type: 'array', items: ref('NewArticle') } } }] },
              },
              'application/x-ndjson': { schema: { type: 'string', description: 'JSON Lines, one NewArticle a line' } },
              'text/plain': { schema: { type: 'string', description: 'one article text' } },
              'text/html': { schema: { type: 'string', description: 'one web page' } },
            },
          },
          responses: { '201': json(ref('IngestResult'), 'at least one article added'), '200': json(ref('IngestResult'), 'every article was already stored'), ...writeErrors },
        },
      },
      '/api/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'One article with every layer of its analysis',
          parameters: [idParam('article')],
          responses: { '200': json(ref('StoredArticle')), '400': errorResponse('a bad id'), '404': errorResponse('no such article') },
        },
      },
      '/api/entities': {
        get: {
          operationId: 'findEntities',
          summary: 'Corpus-wide entities matching a name (any spelling), most mentioned first',
          parameters: [query('q', 'name or alias'), query('type', 'entity type', entityType), ...page],
          responses: {
            '200': json({ type: 'object', properties: { entities: { type: 'array', items: ref('GlobalEntity') }, page: { type: 'integer' }, limit: { type: 'integer' } } }),
            '400': errorResponse('a bad parameter'),
          },
        },
      },
      '/api/entities/{id}': {
        get: {
          operationId: 'getEntity',
          summary: 'One entity: spellings, mentions over time, quotes, co-occurring entities',
          parameters: [idParam('entity')],
          responses: { '200': json(ref('EntityDetail')), '400': errorResponse('a bad id'), '404': errorResponse('no such entity') },
        },
      },
      '/api/quotes': {
        get: {
          operationId: 'findQuotes',
          summary: 'Quotes across the corpus, newest first',
          parameters: [query('speaker', 'speaker name, alias or #id'), query('q', 'words the quote contains'), ...page],
          responses: {
            '200': json({ type: 'object', properties: { total: { type: 'integer' }, quotes: { type: 'array', items: ref('QuoteHit') }, page: { type: 'integer' }, limit: { type: 'integer' } } }),
            '400': errorResponse('a bad parameter'),
          },
        },
      },
      '/api/stats': {
        get: { operationId: 'stats', summary: 'Corpus totals', responses: { '200': json(ref('Stats')) } },
      },
      '/api/samples': {
        get: {
          operationId: 'listSamples',
          summary: 'The sample articles that ship with khabar',
          responses: { '200': json({ type: 'object', properties: { samples: { type: 'array', items: { type: 'object' } } } }) },
        },
        post: {
          operationId: 'loadSamples',
          summary: 'Analyse and store the sample articles',
          security: [{ token: [] }, {}],
          responses: { '201': json(ref('IngestResult')), '200': json(ref('IngestResult'), 'already stored'), '401': writeErrors['401'], '403': writeErrors['403'] },
        },
      },
      '/api/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', responses: { '200': json({ type: 'object' }) } },
      },
    },
  };
}
