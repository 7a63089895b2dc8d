/**
 * Commands other screens may take over. The native menu's Backup item runs the mounted
 * handler when there is one, else a plain app.backup into the data folder.
 */
type CommandHandler = () => void | Promise<void>;
export type MountableCommand = 'backup';

const handlers = new Map<MountableCommand, CommandHandler>();

export function mountCommand(command: MountableCommand, handler: CommandHandler): void {
  handlers.set(command, handler);
}

export function mountedCommand(command: MountableCommand): CommandHandler | undefined {
  return handlers.get(command);
}
