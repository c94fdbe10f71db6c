// generated from specs/proto/ by codegen/emit-grpc-commands.ts; do not edit
import { BuildShelfCommand, BuildShelfResponse, ShowWidgetCommand } from './proto/shelf.js';
import { DropWidgetCommand, WidgetInfoResponse } from './proto/widget.js';

/** Every driver command: its full protobuf name, package group, message codec and response codec. */
export const COMMANDS = {
  DropWidgetCommand: {
    fullName: 'demo.driver.command.widget.DropWidgetCommand',
    group: 'widget',
    message: DropWidgetCommand,
    response: null,
  },
  BuildShelfCommand: {
    fullName: 'demo.driver.command.shelf.BuildShelfCommand',
    group: 'shelf',
    message: BuildShelfCommand,
    response: BuildShelfResponse,
  },
  ShowWidgetCommand: {
    fullName: 'demo.driver.command.shelf.ShowWidgetCommand',
    group: 'shelf',
    message: ShowWidgetCommand,
    response: WidgetInfoResponse,
  },
} as const;

export type CommandName = keyof typeof COMMANDS;

/** Commands by full protobuf name (the type URL without `type.googleapis.com/`). */
export const COMMANDS_BY_FULL_NAME: ReadonlyMap<string, CommandName> = new Map(
  (Object.keys(COMMANDS) as CommandName[]).map((name) => [COMMANDS[name].fullName, name]),
);

/** One handler per command; a command that answers with nothing resolves to null. */
export interface CommandHandlers<Ctx> {
  /** demo.driver.command.widget.DropWidgetCommand -> no response */
  DropWidgetCommand(command: DropWidgetCommand, ctx: Ctx): Promise<null>;
  /** demo.driver.command.shelf.BuildShelfCommand -> demo.driver.command.shelf.BuildShelfResponse */
  BuildShelfCommand(command: BuildShelfCommand, ctx: Ctx): Promise<BuildShelfResponse>;
  /** demo.driver.command.shelf.ShowWidgetCommand -> demo.driver.command.widget.WidgetInfoResponse */
  ShowWidgetCommand(command: ShowWidgetCommand, ctx: Ctx): Promise<WidgetInfoResponse>;
}

/** The commands of package demo.driver.command.widget. */
export type WidgetCommandHandlers<Ctx> = Pick<
  CommandHandlers<Ctx>,
  | 'DropWidgetCommand'
>;

/** The commands of package demo.driver.command.shelf. */
export type ShelfCommandHandlers<Ctx> = Pick<
  CommandHandlers<Ctx>,
  | 'BuildShelfCommand'
  | 'ShowWidgetCommand'
>;
