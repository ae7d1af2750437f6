import type { Locale } from '../engine/types';
import type { CharterlintSettings } from './protocol';

export const DEFAULT_SETTINGS: CharterlintSettings = { enable: true, locale: 'auto', include: [], debounceMs: 150 };

/** Settings as the client sent them (anything), made safe: unknown or wrong values fall back to the defaults. */
export function normalizeSettings(raw: unknown): CharterlintSettings {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const debounce = Number(value.debounceMs);
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    locale: value.locale === 'fr' || value.locale === 'en' ? value.locale : 'auto',
    include: Array.isArray(value.include) ? value.include.filter((g): g is string => typeof g === 'string' && g.trim() !== '') : [],
    debounceMs: Number.isFinite(debounce) ? Math.max(0, Math.min(5000, Math.round(debounce))) : DEFAULT_SETTINGS.debounceMs,
  };
}

/** `fr-CA` → fr; anything else → en. */
export function toLocale(tag: string | undefined): Locale | undefined {
  if (!tag) return undefined;
  return /^fr\b/i.test(tag) ? 'fr' : 'en';
}

/**
 * The locale of messages, with the CLI's precedence: an explicit setting (like `--locale`), then
 * the configuration's `locale`, then the editor's UI language (like `LANG`).
 */
export function resolveLocale(settings: CharterlintSettings, configLocale: Locale | undefined, clientLocale: Locale): Locale {
  return settings.locale !== 'auto' ? settings.locale : (configLocale ?? clientLocale);
}

/** Reads settings per resource (workspace/configuration), cached until the client says they changed. */
export class SettingsStore {
  private readonly byUri = new Map<string, Promise<CharterlintSettings>>();
  private readonly known = new Map<string, CharterlintSettings>();
  private pushed: CharterlintSettings = DEFAULT_SETTINGS;

  /** `fetch` returns undefined when the client cannot answer workspace/configuration: pushed settings are used. */
  constructor(private readonly fetch: (uri: string) => Promise<unknown> | undefined) {}

  get(uri: string): Promise<CharterlintSettings> {
    let settings = this.byUri.get(uri);
    if (!settings) {
      const request = this.fetch(uri);
      if (!request) return Promise.resolve(this.pushed);
      settings = request.then(normalizeSettings, () => DEFAULT_SETTINGS);
      settings.then((s) => this.known.set(uri, s), () => undefined);
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  /** The last settings read for `uri`, without asking the client (the debounce delay needs it now). */
  peek(uri: string): CharterlintSettings {
    return this.known.get(uri) ?? this.pushed;
  }

  /** A document closed: its settings need not be kept. */
  forget(uri: string): void {
    this.byUri.delete(uri);
    this.known.delete(uri);
  }

  /** didChangeConfiguration: forget everything read; a client without workspace/configuration pushes the settings. */
  changed(pushedSettings: unknown): void {
    this.byUri.clear();
    if (pushedSettings !== undefined && pushedSettings !== null) this.pushed = normalizeSettings(pushedSettings);
  }
}
