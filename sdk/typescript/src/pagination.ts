/**
 * Cursor pages of the list endpoints (`GET /v1/generations`, `/v1/images`, `/v1/plans`, `/v1/references`)
 * and their automatic paging. A list call answers a `PagePromise`: `await` it for the first `Page`
 * (`.data`, `.has_more`, `.nextPage()`), or `for await` over it for every item of every page, each next
 * page fetched (`after` = the last id seen) only when it is reached.
 */

import { LimnerError } from "./errors.js";

/** The query of a list call: `limit` 1–100 a page (the server's default is 20), `after` an id. */
export interface ListParams {
  limit?: number;
  after?: string;
}

/** A list answer as the server sends it (validated before it is typed). */
export interface ListBody<T> {
  object: "list";
  data: T[];
  has_more: boolean;
}

/** One page of a list; `for await` over it yields its items and those of every later page. */
export class Page<T extends { id: string }> implements AsyncIterable<T> {
  readonly object = "list";
  readonly data: T[];
  readonly has_more: boolean;

  constructor(
    body: ListBody<T>,
    private readonly fetchAfter: (after: string) => Promise<Page<T>>,
  ) {
    this.data = body.data;
    this.has_more = body.has_more;
  }

  /** The `after` of the next page (this page's last id), or undefined at the end of the list. */
  nextPageCursor(): string | undefined {
    if (!this.has_more) return undefined;
    const last = this.data[this.data.length - 1];
    return last?.id ? last.id : undefined;
  }

  hasNextPage(): boolean {
    return this.nextPageCursor() !== undefined;
  }

  /** The page after this one; rejects with `LimnerError` when there is none. */
  async nextPage(): Promise<Page<T>> {
    const cursor = this.nextPageCursor();
    if (cursor === undefined) throw new LimnerError("no next page: check hasNextPage() (or has_more) first");
    return this.fetchAfter(cursor);
  }

  /** This page, then each later one, fetched as it is reached. */
  async *iterPages(): AsyncGenerator<Page<T>> {
    let page: Page<T> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.nextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * What a list call answers: awaitable as its first `Page`, and async-iterable over every item of every
 * page (a `Promise` in every other way). Nothing is requested until it is awaited or iterated; the first
 * page is fetched once.
 */
export class PagePromise<T extends { id: string }> implements Promise<Page<T>>, AsyncIterable<T> {
  readonly [Symbol.toStringTag] = "PagePromise";
  private first: Promise<Page<T>> | undefined;

  constructor(private readonly load: () => Promise<Page<T>>) {}

  private start(): Promise<Page<T>> {
    this.first ??= this.load();
    return this.first;
  }

  then<A = Page<T>, B = never>(
    onfulfilled?: ((page: Page<T>) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.start().then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T> | B> {
    return this.start().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<T>> {
    return this.start().finally(onfinally);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    yield* await this.start();
  }
}
