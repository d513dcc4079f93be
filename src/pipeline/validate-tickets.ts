import { ticketSchema, type ReadResult, type Reject, type Ticket, type TicketInput } from '../core/ticket.js';

/** Validates caller-supplied tickets like a reader would: invalid ones rejected with a reason, repeated ids counted. */
export function validateTickets(input: readonly TicketInput[]): ReadResult {
  const tickets: Ticket[] = [];
  const rejects: Reject[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  input.forEach((raw, i) => {
    const parsed = ticketSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      rejects.push({ file: '<input>', row: i + 1, reason: `${issue?.path.join('.') || 'ticket'}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    if (parsed.data.text.trim() === '') {
      rejects.push({ file: '<input>', row: i + 1, reason: 'text is empty' });
      return;
    }
    if (seen.has(parsed.data.id)) {
      duplicates++;
      return;
    }
    seen.add(parsed.data.id);
    tickets.push(parsed.data);
  });
  return { files: [], tickets, rejects, duplicates, rowsRead: input.length };
}
