// `duckstorage completion bash|zsh`: a completion script made from the command tree itself, so it
// always matches the commands and options of this version. Subcommands and options complete;
// positional arguments fall back to file names.
import type { Command } from 'commander';
import { act } from '../action.js';
import { CliError } from '../errors.js';

interface Node {
  /** `""` for the top level, else the command path: `tables`, `tables create`. */
  key: string;
  names: { name: string; description: string }[];
  options: string[];
}

function longOptions(command: Command): string[] {
  return command.options.flatMap((o) => [o.long, o.short].filter((f): f is string => f !== undefined));
}

/** Every command path with what may follow it. */
export function completionNodes(program: Command): Node[] {
  const globals = [...longOptions(program), '--help'];
  const nodes: Node[] = [];
  const visit = (command: Command, key: string) => {
    const subs = command.commands.filter((c) => c.name() !== 'help');
    nodes.push({
      key,
      names: subs.map((c) => ({ name: c.name(), description: c.description() })),
      options: key === '' ? globals : [...new Set([...longOptions(command), ...globals])],
    });
    for (const sub of subs) visit(sub, key === '' ? sub.name() : `${key} ${sub.name()}`);
  };
  visit(program, '');
  return nodes;
}

const keysPattern = (nodes: Node[]) =>
  nodes
    .filter((n) => n.key !== '')
    .map((n) => `"${n.key}"`)
    .join('|');

export function bashScript(program: Command): string {
  const nodes = completionNodes(program);
  const name = program.name();
  const fn = `_${name.replace(/\W/g, '_')}_complete`;
  const cases = nodes
    .map(
      (n) =>
        `    "${n.key}")\n      names="${n.names.map((c) => c.name).join(' ')}"\n      opts="${n.options.join(' ')}" ;;`,
    )
    .join('\n');
  return `# bash completion for ${name} (made by \`${name} completion bash\`).
# Load it with: eval "$(${name} completion bash)"   or save it as /etc/bash_completion.d/${name}
${fn}() {
  local cur=\${COMP_WORDS[COMP_CWORD]} key="" word i names="" opts=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=\${COMP_WORDS[i]}
    [[ $word == -* ]] && continue
    case "\${key:+$key }$word" in
      ${keysPattern(nodes)}) key="\${key:+$key }$word" ;;
    esac
  done
  case "$key" in
${cases}
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -n $names ]]; then
    COMPREPLY=($(compgen -W "$names" -- "$cur"))
  else
    COMPREPLY=()
  fi
}
complete -o default -F ${fn} ${name}
`;
}

const zshQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export function zshScript(program: Command): string {
  const nodes = completionNodes(program);
  const name = program.name();
  const fn = `_${name.replace(/\W/g, '_')}`;
  const cases = nodes
    .map((n) => {
      const names = n.names
        .map((c) => zshQuote(`${c.name}:${c.description.replaceAll(':', '\\:')}`))
        .join(' ');
      return `    (${n.key === '' ? '""' : `"${n.key}"`})\n      names=(${names})\n      opts=(${n.options.join(' ')}) ;;`;
    })
    .join('\n');
  return `#compdef ${name}
# zsh completion for ${name} (made by \`${name} completion zsh\`).
# Load it with: eval "$(${name} completion zsh)"   or save it as _${name} in a directory of $fpath
${fn}() {
  local key="" word i
  local -a names opts
  for ((i = 2; i < CURRENT; i++)); do
    word=\${words[i]}
    [[ $word == -* ]] && continue
    case "\${key:+$key }$word" in
      (${keysPattern(nodes)}) key="\${key:+$key }$word" ;;
    esac
  done
  case "$key" in
${cases}
  esac
  if [[ \${words[CURRENT]} == -* ]]; then
    compadd -- $opts
  elif (( \${#names} )); then
    _describe command names
  else
    _files
  fi
}
if [[ \${zsh_eval_context[-1]} == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${name}
fi
`;
}

export function registerCompletion(program: Command): void {
  program
    .command('completion <shell>')
    .description('print a shell completion script: bash or zsh (eval "$(duckstorage completion bash)")')
    .action(
      act(async (ctx, _o: object, shell: string) => {
        if (shell === 'bash') ctx.out.write(bashScript(program));
        else if (shell === 'zsh') ctx.out.write(zshScript(program));
        else throw new CliError(`completion: expected bash or zsh, got ${shell}`);
      }),
    );
}
