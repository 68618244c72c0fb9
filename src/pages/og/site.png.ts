import type { APIRoute } from 'astro';
import { getChronology } from '../../data/chronology';
import { siteCard } from '../../lib/og/cards';
import { cardPng, pngResponse } from '../../lib/og/png';

export const GET: APIRoute = async () => pngResponse(await cardPng(siteCard(await getChronology())));
