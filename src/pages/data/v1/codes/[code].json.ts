import type { APIRoute, GetStaticPaths } from 'astro';
import { codeRecord, recordSlugs } from '../../../../open-data/records';

export const getStaticPaths = (() => recordSlugs().map((code) => ({ params: { code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) =>
  Response.json(await codeRecord(params.code!, site ?? new URL(url.origin)));
