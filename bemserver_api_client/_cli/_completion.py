"""Shell completion: `bemserver-api-client completion bash|zsh|fish` prints a
script that asks the command itself for candidates
(`bemserver-api-client __complete WORD... CURRENT`), so that completion knows
every entry point, operation and option the installed client has."""

from __future__ import annotations

import sys

from . import _commands as c

SCRIPTS = {
    "bash": """\
_bemserver_api_client() {
    local IFS=$'\\n'
    COMPREPLY=($(bemserver-api-client __complete "${COMP_WORDS[@]:1:COMP_CWORD}" \\
        2>/dev/null))
}
complete -o default -F _bemserver_api_client bemserver-api-client
""",
    "zsh": """\
#compdef bemserver-api-client
_bemserver_api_client() {
    local -a candidates
    candidates=("${(@f)$(bemserver-api-client __complete \\
        "${(@)words[2,CURRENT]}" 2>/dev/null)}")
    compadd -a candidates
}
compdef _bemserver_api_client bemserver-api-client
""",
    "fish": """\
complete -c bemserver-api-client -f -a \\
    '(bemserver-api-client __complete (commandline -opc)[2..-1] (commandline -ct))'
""",
}


def completion_main(argv: list[str]) -> int:
    from ._errors import CommandError

    shells = [arg for arg in argv if not arg.startswith("-")]
    if any(arg in ("-h", "--help") for arg in argv) or len(shells) != 1:
        sys.stdout.write(
            "usage: bemserver-api-client completion bash|zsh|fish\n\n"
            'Print a completion script. bash: `eval "$(bemserver-api-client '
            'completion bash)"` in ~/.bashrc; zsh: the same in ~/.zshrc (after '
            "compinit); fish: `bemserver-api-client completion fish > "
            "~/.config/fish/completions/bemserver-api-client.fish`.\n"
        )
        return 0 if shells == [] and argv else 2
    if shells[0] not in SCRIPTS:
        raise CommandError(f"completion: unknown shell {shells[0]!r} (bash, zsh, fish)")
    sys.stdout.write(SCRIPTS[shells[0]])
    return 0


def candidates(words: list[str]) -> list[str]:
    """What may follow `words` (the last is the word being typed, maybe '')."""
    from ._main import _TAKES_VALUE, BUILTINS, GLOBAL_OPTIONS

    *before, current = words or [""]
    positional: list[str] = []
    skip = False
    for word in before:
        if skip:
            skip = False
        elif word.startswith("-"):
            skip = word in _TAKES_VALUE
        else:
            positional.append(word)
    global_flags = [
        flag
        for flags, _, _ in GLOBAL_OPTIONS
        for flag in flags
        if flag.startswith("--")
    ]
    found: list[str]
    if current.startswith("-"):
        found = [*global_flags, "--help"]
        if len(positional) >= 2:
            group, name = c.normalise(positional[0]), c.normalise(positional[1])
            if group in c.entry_point_names() and name in c.method_names(group):
                command = c.command(group, name)
                found += [
                    "--json" if q.kind.value == "json" and q.required else q.option
                    for q in command.parameters
                    if not q.positional and q.kind.value != "secret"
                ]
    elif not positional:
        found = [c.dashed(name) for name in c.entry_point_names()] + list(BUILTINS)
    elif len(positional) == 1:
        group = c.normalise(positional[0])
        if positional[0] == "completion":
            found = list(SCRIPTS)
        elif group in c.entry_point_names():
            found = [c.dashed(name) for name in c.method_names(group)]
        else:
            found = []
    else:
        found = []
    return sorted(name for name in set(found) if name.startswith(current))


def complete_main(argv: list[str]) -> int:
    for candidate in candidates(argv):
        print(candidate)
    return 0
