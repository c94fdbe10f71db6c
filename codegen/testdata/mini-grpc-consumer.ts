// Hand-written users of the mini protos' generated/grpc/commands.ts (see emit-grpc-commands.test.ts).
import { BuildShelfResponse } from './generated/grpc/proto/shelf.js';
import { WidgetInfoResponse } from './generated/grpc/proto/widget.js';
import { COMMANDS, COMMANDS_BY_FULL_NAME, type CommandHandlers, type ShelfCommandHandlers } from './generated/grpc/commands.js';

interface Ctx {
  project: string;
}

export const handlers = {
  async BuildShelfCommand(command, ctx) {
    return BuildShelfResponse.fromPartial({ path: [ctx.project, command.name] });
  },
  async ShowWidgetCommand(command) {
    return WidgetInfoResponse.fromPartial({ widget: command.widget, size: 1n });
  },
  async DropWidgetCommand() {
    return null;
  },
} satisfies CommandHandlers<Ctx>;

// @ts-expect-error a command without a handler does not compile
export const missing: CommandHandlers<Ctx> = {
  async BuildShelfCommand() {
    return BuildShelfResponse.fromPartial({});
  },
  async ShowWidgetCommand() {
    return WidgetInfoResponse.fromPartial({});
  },
};

export const shelf: ShelfCommandHandlers<Ctx> = {
  // @ts-expect-error a handler must answer with its command's response
  async BuildShelfCommand() {
    return WidgetInfoResponse.fromPartial({});
  },
  async ShowWidgetCommand() {
    return WidgetInfoResponse.fromPartial({});
  },
};

export const dropHasNoResponse: null = COMMANDS.DropWidgetCommand.response;
export const byName = COMMANDS_BY_FULL_NAME.get('demo.driver.command.widget.DropWidgetCommand');
