/** A small parser for `text/event-stream` (the subset the Limner server sends). */

export interface ServerSentEvent {
  event: string;
  data: string;
  id?: string;
}

/** Feed lines in order; a blank line completes an event. */
export class SSEDecoder {
  private event: string | undefined;
  private data: string[] = [];
  private lastId: string | undefined;

  feed(rawLine: string): ServerSentEvent | undefined {
    const line = rawLine.replace(/\r$/, "");
    if (line === "") return this.flush();
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const name = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (name === "event") this.event = value;
    else if (name === "data") this.data.push(value);
    else if (name === "id") this.lastId = value;
    return undefined;
  }

  flush(): ServerSentEvent | undefined {
    if (this.event === undefined && this.data.length === 0) return undefined;
    const event: ServerSentEvent = { event: this.event ?? "message", data: this.data.join("\n") };
    if (this.lastId !== undefined) event.id = this.lastId;
    this.event = undefined;
    this.data = [];
    return event;
  }
}

/** Events from a byte stream (a fetch `Response.body`). */
export async function* readEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const decoder = new SSEDecoder();
  const text = new TextDecoder();
  const reader = body.getReader();
  let buffer = "";
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? text.decode() : text.decode(value, { stream: true });
      const lines = buffer.split("\n");
      buffer = done ? "" : (lines.pop() ?? "");
      for (const line of lines) {
        const event = decoder.feed(line);
        if (event) yield event;
      }
      if (done) break;
    }
    const last = decoder.flush();
    if (last) yield last;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
