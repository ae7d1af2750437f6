import * as vscode from 'vscode';

/** `tasks.json`: `{ "type": "charterlint", "files": ["chartes/"] }`. */
interface CharterlintTaskDefinition extends vscode.TaskDefinition {
  type: 'charterlint';
  files?: string[];
  args?: string[];
}

/**
 * Tasks that run the CLI bundled with the extension (the same engine as the editor) with the
 * editor's own Node.js, so nothing needs to be installed; `$charterlint` reads its stylish output.
 */
export function registerTaskProvider(context: vscode.ExtensionContext): vscode.Disposable {
  const cli = context.asAbsolutePath('dist/cli.js');
  const create = (folder: vscode.WorkspaceFolder, definition: CharterlintTaskDefinition) => {
    const args = [cli, '--format', 'stylish', ...(definition.args ?? []), ...(definition.files ?? [])];
    const execution = new vscode.ProcessExecution(process.execPath, args, {
      cwd: folder.uri.fsPath,
      // Plain text for the problem matcher; ELECTRON_RUN_AS_NODE makes the editor's binary a plain Node.js.
      env: { ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' },
    });
    return new vscode.Task(definition, folder, vscode.l10n.t('lint charters'), 'charterlint', execution, '$charterlint');
  };
  return vscode.tasks.registerTaskProvider('charterlint', {
    provideTasks: () => (vscode.workspace.workspaceFolders ?? [])
      .filter((folder) => folder.uri.scheme === 'file')
      .map((folder) => create(folder, { type: 'charterlint' })),
    resolveTask: (task) => {
      const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
      return folder ? create(folder, task.definition as CharterlintTaskDefinition) : undefined;
    },
  });
}
