import type { Settings } from "../../core/types";

/** The settings with the customer (customerKey) marked a consumer, or a trader again. */
export function withConsumer(settings: Settings, key: string, consumer: boolean): Settings {
  const others = (settings.consumers ?? []).filter((k) => k !== key);
  return { ...settings, consumers: consumer ? [...others, key].sort() : others };
}
