/** The parts of a citizen's page that each request fills: they hold the QR token, which a cached page never does. */
export type PageSlot = 'results' | 'satisfaction';

interface Hole {
  readonly slot: PageSlot;
}

export type PagePart = string | Hole;

/**
 * A public page rendered once per dossier version, kept as its sections with named holes (the
 * results card, the satisfaction card); a request composes it with its own cards. Composition is
 * explicit: nothing is searched for in the HTML.
 */
export class ComposedPage {
  private constructor(private readonly parts: readonly PagePart[]) {}

  static of(parts: readonly PagePart[]): ComposedPage {
    return new ComposedPage(parts.filter((part) => part !== ''));
  }

  static hole(slot: PageSlot): PagePart {
    return { slot };
  }

  has(slot: PageSlot): boolean {
    return this.parts.some((part) => typeof part !== 'string' && part.slot === slot);
  }

  /** The page with each hole filled by its card (an absent card leaves the section out). */
  compose(cards: Partial<Record<PageSlot, string>>): string {
    return this.parts.map((part) => (typeof part === 'string' ? part : (cards[part.slot] ?? ''))).join('');
  }
}
