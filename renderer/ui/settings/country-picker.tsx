/**
 * The default country for phone numbers typed without a country code: a filter box over
 * a list of every country libphonenumber knows (the ones that matter for parsing), named
 * in the interface language by Intl.DisplayNames.
 */
import { getCountries } from 'libphonenumber-js/min';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Country {
  code: string;
  name: string;
}

function countriesIn(language: string): Country[] {
  const names = new Intl.DisplayNames([language, 'en'], { type: 'region' });
  const collator = new Intl.Collator(language);
  return getCountries()
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** Case- and accent-insensitive, so "romania" finds "România" and "ro" finds the code. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function CountryPicker({ value, onChange }: { value: string | null; onChange: (code: string | null) => void }) {
  const { t, i18n } = useTranslation('files');
  const [filter, setFilter] = useState('');
  const listId = useId();
  const countries = useMemo(() => countriesIn(i18n.language), [i18n.language]);
  const shown = useMemo(() => {
    const needle = fold(filter.trim());
    if (!needle) return countries;
    return countries.filter((country) => fold(country.name).includes(needle) || country.code.toLowerCase() === needle);
  }, [countries, filter]);
  const current = countries.find((country) => country.code === value);

  return (
    <div className="country-picker">
      <p className="files-muted" id={`${listId}-current`}>
        {current ? t('settings.countryCurrent', { name: current.name, code: current.code }) : t('settings.countryNone')}
      </p>
      <input
        className="text-input"
        type="search"
        value={filter}
        placeholder={t('settings.countryFilter')}
        aria-label={t('settings.countryFilter')}
        aria-controls={listId}
        onChange={(event) => setFilter(event.target.value)}
      />
      <select
        id={listId}
        className="text-input country-picker__list"
        size={6}
        aria-label={t('settings.country')}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
      >
        <option value="">{t('settings.countryNoneOption')}</option>
        {shown.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name} ({country.code})
          </option>
        ))}
      </select>
    </div>
  );
}
