import type { APIRoute } from 'astro';
import { dataset } from '../../../open-data/records';

export const GET: APIRoute = async ({ site, url }) => Response.json(await dataset(site ?? new URL(url.origin)));
