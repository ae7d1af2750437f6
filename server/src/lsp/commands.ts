import type { ExecuteCommandParams } from 'vscode-languageserver';
import type { ServerContext } from './context';
import { ui, verdictTag } from './messages';
import { Commands } from './protocol';
import { coverage } from './requests';

/** Commands the server runs for clients other than charterlint's own (which implements them). */
export const SERVER_COMMANDS = [Commands.openDocs, Commands.showChecklist];

export async function executeCommand(ctx: ServerContext, params: ExecuteCommandParams): Promise<void> {
  const [argument] = params.arguments ?? [];
  if (typeof argument !== 'string') return;
  if (params.command === Commands.openDocs) {
    if (ctx.client.showDocument) await ctx.connection.window.showDocument({ uri: argument, external: true });
    else void ctx.connection.window.showInformationMessage(argument);
  } else if (params.command === Commands.showChecklist) {
    const result = await coverage(ctx, { uri: argument });
    if (!result) return;
    const locale = ctx.client.locale;
    const lines = result.checks.filter((c) => c.verdict !== 'not-applicable').map((c) => `${verdictTag(c.code, c.verdict, locale)} ${c.name}`);
    void ctx.connection.window.showInformationMessage(`${ui(locale).checklistTitle}: ${ui(locale).lens(result.counts)}\n${lines.join('\n')}`);
  }
}
