#compdef careward

autoload -U is-at-least

_careward() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward_commands" \
"*::: :->careward" \
&& ret=0
    case $state in
    (careward)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-org-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
'--name=[The organisation'\''s display name]:NAME:_default' \
'--kind=[clinic, or school (school service centres; the manager role needs one)]:KIND:(clinic school)' \
'--policy=[A built-in policy (see \`careward policy list\`) or a policy file]:PRESET|FILE:_default' \
'--admin=[The first administrator'\''s email; they are active at once]:EMAIL:_default' \
'--admin-name=[The first administrator'\''s name]:NAME:_default' \
'--seats=[Seats on a paid plan; without it, the free plan (members are not limited)]:N:_default' \
'--invitations=[Invitations the plan allows; each invitation sent uses one \[default\: no limit\]]:N:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- Short name used with --org\: lower-case letters, digits and hyphens:_default' \
&& ret=0
;;
(seed)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--replace[Rebuild an organisation of the same slug that differs from the file (its rows are deleted and seeded again, in one transaction; audited as org.replace)]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The organisation file (see fixtures/*.yaml; `org export` writes one):_default' \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--redact[Replace client names, member names, emails and external ids]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
'--plan=[The plan; --seats N alone means the seats plan]:PLAN:(free seats)' \
'--seats=[The number of seats of the seats plan]:N:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__org__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-org-help-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(seed)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(member)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__member_commands" \
"*::: :->member" \
&& ret=0

    case $state in
    (member)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-member-command-$line[1]:"
        case $line[1] in
            (invite)
_arguments "${_arguments_options[@]}" : \
'*--role=[A role to give (repeat for several); with --csv, the roles of rows whose roles cell is empty]:ROLE:_default' \
'(--csv)--principal=[The principal role, when the member holds several]:ROLE:_default' \
'(--csv)--name=[The member'\''s name]:NAME:_default' \
'(--csv)--title=[The member'\''s professional title]:TITLE:_default' \
'--csv=[Invite every member of a CSV file (- reads standard input)\: a header naming the columns email, name, title, roles, principal, status, locations, teams (and, where the policy reads them, user_type, access, permissions); or the product'\''s own file, email;roles without a header]:FILE:_files' \
'--on-error=[With --csv\: what a bad row does\: stop (nothing is imported) or continue (the other rows are imported, the bad ones written to --rejects)]:WHAT:(stop continue)' \
'--rejects=[With --on-error continue\: the file to write rejected rows to, to fix and import]:FILE:_files' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--accepted[Create the member already active (seeding, migrations); with --csv, the status of rows whose status cell is empty]' \
'--update[With --csv\: bring existing members'\'' name, title and roles to the file'\''s values]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::email -- The new member'\''s email:_default' \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--role=[Only members holding this role]:ROLE:_default' \
'--status=[Only members in this state; removed members are listed only with --status removed]:STATUS:(invited active inactive removed)' \
'--search=[Only members whose email or name contains this text]:TEXT:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--name=[The new name]:NAME:_default' \
'--title=[The new professional title]:TITLE:_default' \
'--type=[A role of the policy'\''s profile groups, replacing the member'\''s current one (under behavior-charts, the user type\: full-access, single-client, read-only)]:ROLE:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
&& ret=0
;;
(deactivate)
_arguments "${_arguments_options[@]}" : \
'--transfer-to=[Move all their records to this member first, in the same step (a departure)]:EMAIL:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--keep-copy[With --transfer-to\: they keep read-only archived copies of their records, with what is not carried]' \
'(--keep-copy)--discard-excluded[With --transfer-to\: delete what the transfer does not carry (invoices, tasks…), knowingly]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
&& ret=0
;;
(reactivate)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
&& ret=0
;;
(overview)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__member__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-member-help-command-$line[1]:"
        case $line[1] in
            (invite)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(deactivate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reactivate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(overview)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(role)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__role_commands" \
"*::: :->role" \
&& ret=0

    case $state in
    (role)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-role-command-$line[1]:"
        case $line[1] in
            (assign)
_arguments "${_arguments_options[@]}" : \
'--principal=[The member'\''s principal role afterwards, when they hold several]:ROLE:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
'*::roles -- The roles to add:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--principal=[The member'\''s principal role afterwards, when they still hold several]:ROLE:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
':role -- The role to remove:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::email -- A member'\''s email\: show only their roles:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__role__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-role-help-command-$line[1]:"
        case $line[1] in
            (assign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(location)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__location_commands" \
"*::: :->location" \
&& ret=0

    case $state in
    (location)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-location-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--name=[The location'\''s name]:NAME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- Short name\: lower-case letters, digits, hyphens:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--all[Include archived locations]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The location'\''s slug:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--name=[The new name]:NAME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--active[Make an archived location active again]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The location'\''s slug:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The location'\''s slug:_default' \
&& ret=0
;;
(assign)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
':slug -- The location'\''s slug:_default' \
&& ret=0
;;
(unassign)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':email -- The member'\''s email:_default' \
':slug -- The location'\''s slug:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__location__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-location-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(assign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unassign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(team)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__team_commands" \
"*::: :->team" \
&& ret=0

    case $state in
    (team)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-team-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--name=[The team'\''s name]:NAME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- Short name\: lower-case letters, digits, hyphens:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--all[Include archived teams]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The team'\''s slug:_default' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The team'\''s slug:_default' \
'*::emails -- The members'\'' emails:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The team'\''s slug:_default' \
':email -- The member'\''s email:_default' \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The team'\''s slug:_default' \
':name -- The new name:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The team'\''s slug:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__team__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-team-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(group)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__group_commands" \
"*::: :->group" \
&& ret=0

    case $state in
    (group)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-group-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--name=[The group'\''s name]:NAME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- Short name\: lower-case letters, digits, hyphens:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The group'\''s slug:_default' \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The group'\''s slug:_default' \
'*::performers -- The performers\: record numbers or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The group'\''s slug:_default' \
'*::performers -- The performers\: record numbers or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
'(--team)--with=[The member]:EMAIL:_default' \
'--team=[The work team]:SLUG:_default' \
'--level=[The tier\: tier1, tier2, tier3 or tier4 (the policy'\''s levels)]:LEVEL:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The group'\''s slug:_default' \
&& ret=0
;;
(unshare)
_arguments "${_arguments_options[@]}" : \
'(--team)--with=[The member]:EMAIL:_default' \
'--team=[The work team]:SLUG:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':slug -- The group'\''s slug:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__group__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-group-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unshare)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(pinpoint)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__pinpoint_commands" \
"*::: :->pinpoint" \
&& ret=0

    case $state in
    (pinpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-pinpoint-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--description=[What it is for]:DESCRIPTION:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name, unique in its library:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--name=[A new name]:NAME:_default' \
'--description=[A new description]:DESCRIPTION:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__pinpoint__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-pinpoint-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(tag)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__tag_commands" \
"*::: :->tag" \
&& ret=0

    case $state in
    (tag)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-tag-command-$line[1]:"
        case $line[1] in
            (assign)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':tag -- The tag'\''s name:_default' \
':target -- What it goes on\: record\:N, entry\:ID, member\:EMAIL or LIBRARY\:NAME (pinpoint\:NAME):_default' \
&& ret=0
;;
(unassign)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':tag -- The tag'\''s name:_default' \
':target -- What it goes on\: record\:N, entry\:ID, member\:EMAIL or LIBRARY\:NAME (pinpoint\:NAME):_default' \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
'--description=[What it is for]:DESCRIPTION:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name, unique in its library:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--name=[A new name]:NAME:_default' \
'--description=[A new description]:DESCRIPTION:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__tag__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-tag-help-command-$line[1]:"
        case $line[1] in
            (assign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unassign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(journal-type)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__journal-type_commands" \
"*::: :->journal-type" \
&& ret=0

    case $state in
    (journal-type)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-journal-type-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--description=[What it is for]:DESCRIPTION:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name, unique in its library:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--name=[A new name]:NAME:_default' \
'--description=[A new description]:DESCRIPTION:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The item'\''s name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__journal-type__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-journal-type-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(report)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__report_commands" \
"*::: :->report" \
&& ret=0

    case $state in
    (report)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-report-command-$line[1]:"
        case $line[1] in
            (summary)
_arguments "${_arguments_options[@]}" : \
'--since=[From this day (YYYY-MM-DD) or time (RFC 3339) on]:DATE:_default' \
'--until=[Before this day or time]:DATE:_default' \
'*--pinpoint=[Only these pinpoints (repeat the option for several)]:NAME:_default' \
'--view=[Start from a saved reporting view (options given here narrow it further)]:NAME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(chart)
_arguments "${_arguments_options[@]}" : \
'--since=[From this day (YYYY-MM-DD) or time (RFC 3339) on]:DATE:_default' \
'--until=[Before this day or time]:DATE:_default' \
'*--pinpoint=[Only these pinpoints (repeat the option for several)]:NAME:_default' \
'--view=[Start from a saved chart view]:NAME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':performer -- The performer\: record number or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__report__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-report-help-command-$line[1]:"
        case $line[1] in
            (summary)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(chart)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(view)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__view_commands" \
"*::: :->view" \
&& ret=0

    case $state in
    (view)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-view-command-$line[1]:"
        case $line[1] in
            (save)
_arguments "${_arguments_options[@]}" : \
'--kind=[chart (for \`report chart\`) or reporting (for \`report summary\`)]:KIND:(chart reporting)' \
'--since=[From this day (YYYY-MM-DD) or time (RFC 3339) on]:DATE:_default' \
'--until=[Before this day or time]:DATE:_default' \
'*--pinpoint=[Only these pinpoints (repeat the option for several)]:NAME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The view'\''s name:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--kind=[Only views of this kind]:KIND:(chart reporting)' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--kind=[chart or reporting]:KIND:(chart reporting)' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The view'\''s name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--kind=[chart or reporting]:KIND:(chart reporting)' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The view'\''s name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__view__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-view-help-command-$line[1]:"
        case $line[1] in
            (save)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(record)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__record_commands" \
"*::: :->record" \
&& ret=0

    case $state in
    (record)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--client=[The client'\''s (or student'\''s) display name]:CLIENT:_default' \
'--owner=[The member responsible for it \[default\: you\]]:EMAIL:_default' \
'--location=[The location (school) it belongs to]:SLUG:_default' \
'--external-id=[An identifier from another system, usable as ext\:ID]:ID:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--confidential[Mark the whole record confidential]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
'--csv=[The CSV file (- reads standard input)\: a header naming the columns client, owner, location, confidential, external_id]:FILE:_files' \
'--on-error=[With --csv\: what a bad row does\: stop (nothing is imported) or continue (the other rows are imported, the bad ones written to --rejects)]:WHAT:(stop continue)' \
'--rejects=[With --on-error continue\: the file to write rejected rows to, to fix and import]:FILE:_files' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--update[Bring records already there (by external_id) to the file'\''s client, location and confidentiality; their owner changes only by transfer]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--owner=[Only records owned by this member]:EMAIL:_default' \
'--location=[Only records at this location]:SLUG:_default' \
'--status=[Only records in this state]:STATUS:(active archived deleted)' \
'--confidential=[Only confidential (yes) or only institutional (no) records]:CONFIDENTIAL:(yes no)' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(open)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--client=[The client'\''s display name]:CLIENT:_default' \
'(--no-location)--location=[The location (school) it belongs to]:SLUG:_default' \
'--external-id=[The identifier from another system]:ID:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--no-location[Take the record off its location]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(reactivate)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(confidential)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
':state -- on or off:(on off)' \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
'(--team)--with=[The member]:EMAIL:_default' \
'--team=[The work team]:SLUG:_default' \
'--level=[The level\: read, write or full (the policy'\''s levels)]:LEVEL:_default' \
'--until=[The share ends at this time\: 2w (from now), tomorrow, 2026-12-31 (that day'\''s local start), or RFC 3339]:TIME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--require-approval[The notes this member writes wait for your approval (interns, doctoral students)]' \
'(--require-approval)--lift-approval[Their notes no longer wait for approval (the owner, or who required it)]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(unshare)
_arguments "${_arguments_options[@]}" : \
'(--team)--with=[The member]:EMAIL:_default' \
'--team=[The work team]:SLUG:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(access)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(transfer)
_arguments "${_arguments_options[@]}" : \
'--to=[The member who becomes responsible for it]:EMAIL:_default' \
'--all-from=[Move every active record of this member at once]:EMAIL:_default' \
'--location=[With --all-from\: only the records at this location]:SLUG:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--include-confidential[Carry confidential notes and documents (with --all-from\: confidential records too)]' \
'--include-raw-data[Carry raw data]' \
'--keep-copy[The previous owner keeps a read-only archived copy with everything, what is not carried included]' \
'(--keep-copy)--discard-excluded[Delete what the transfer does not carry, knowingly (without it, careward refuses to)]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
":: :_careward__subcmd__record__subcmd__transfer_commands" \
"*::: :->transfer" \
&& ret=0

    case $state in
    (transfer)
        words=($line[2] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-transfer-command-$line[2]:"
        case $line[2] in
            (accept)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(decline)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__record__subcmd__transfer__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-transfer-help-command-$line[1]:"
        case $line[1] in
            (accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decline)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(transfers)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(pending)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(emergency-access)
_arguments "${_arguments_options[@]}" : \
'--for=[How long\: 30m, 1h30m, 8h \[default\: the policy'\''s, one hour in group-practice\]]:DURATION:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--list[List the active and past emergency grants (yours; all of them if you read the audit trail)]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__record__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(open)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reactivate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(confidential)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unshare)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(access)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transfer)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__record__subcmd__help__subcmd__transfer_commands" \
"*::: :->transfer" \
&& ret=0

    case $state in
    (transfer)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-help-transfer-command-$line[1]:"
        case $line[1] in
            (accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decline)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(transfers)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pending)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(emergency-access)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(performer)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__record_commands" \
"*::: :->record" \
&& ret=0

    case $state in
    (record)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--client=[The client'\''s (or student'\''s) display name]:CLIENT:_default' \
'--owner=[The member responsible for it \[default\: you\]]:EMAIL:_default' \
'--location=[The location (school) it belongs to]:SLUG:_default' \
'--external-id=[An identifier from another system, usable as ext\:ID]:ID:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--confidential[Mark the whole record confidential]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
'--csv=[The CSV file (- reads standard input)\: a header naming the columns client, owner, location, confidential, external_id]:FILE:_files' \
'--on-error=[With --csv\: what a bad row does\: stop (nothing is imported) or continue (the other rows are imported, the bad ones written to --rejects)]:WHAT:(stop continue)' \
'--rejects=[With --on-error continue\: the file to write rejected rows to, to fix and import]:FILE:_files' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--update[Bring records already there (by external_id) to the file'\''s client, location and confidentiality; their owner changes only by transfer]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--owner=[Only records owned by this member]:EMAIL:_default' \
'--location=[Only records at this location]:SLUG:_default' \
'--status=[Only records in this state]:STATUS:(active archived deleted)' \
'--confidential=[Only confidential (yes) or only institutional (no) records]:CONFIDENTIAL:(yes no)' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(open)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--client=[The client'\''s display name]:CLIENT:_default' \
'(--no-location)--location=[The location (school) it belongs to]:SLUG:_default' \
'--external-id=[The identifier from another system]:ID:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--no-location[Take the record off its location]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(reactivate)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(confidential)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
':state -- on or off:(on off)' \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
'(--team)--with=[The member]:EMAIL:_default' \
'--team=[The work team]:SLUG:_default' \
'--level=[The level\: read, write or full (the policy'\''s levels)]:LEVEL:_default' \
'--until=[The share ends at this time\: 2w (from now), tomorrow, 2026-12-31 (that day'\''s local start), or RFC 3339]:TIME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--require-approval[The notes this member writes wait for your approval (interns, doctoral students)]' \
'(--require-approval)--lift-approval[Their notes no longer wait for approval (the owner, or who required it)]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(unshare)
_arguments "${_arguments_options[@]}" : \
'(--team)--with=[The member]:EMAIL:_default' \
'--team=[The work team]:SLUG:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(access)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(transfer)
_arguments "${_arguments_options[@]}" : \
'--to=[The member who becomes responsible for it]:EMAIL:_default' \
'--all-from=[Move every active record of this member at once]:EMAIL:_default' \
'--location=[With --all-from\: only the records at this location]:SLUG:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--include-confidential[Carry confidential notes and documents (with --all-from\: confidential records too)]' \
'--include-raw-data[Carry raw data]' \
'--keep-copy[The previous owner keeps a read-only archived copy with everything, what is not carried included]' \
'(--keep-copy)--discard-excluded[Delete what the transfer does not carry, knowingly (without it, careward refuses to)]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
":: :_careward__subcmd__record__subcmd__transfer_commands" \
"*::: :->transfer" \
&& ret=0

    case $state in
    (transfer)
        words=($line[2] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-transfer-command-$line[2]:"
        case $line[2] in
            (accept)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(decline)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__record__subcmd__transfer__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-transfer-help-command-$line[1]:"
        case $line[1] in
            (accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decline)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(transfers)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(pending)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(emergency-access)
_arguments "${_arguments_options[@]}" : \
'--for=[How long\: 30m, 1h30m, 8h \[default\: the policy'\''s, one hour in group-practice\]]:DURATION:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--list[List the active and past emergency grants (yours; all of them if you read the audit trail)]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::id -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__record__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(open)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reactivate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(confidential)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unshare)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(access)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transfer)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__record__subcmd__help__subcmd__transfer_commands" \
"*::: :->transfer" \
&& ret=0

    case $state in
    (transfer)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-record-help-transfer-command-$line[1]:"
        case $line[1] in
            (accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decline)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(transfers)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pending)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(emergency-access)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(entry)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__entry_commands" \
"*::: :->entry" \
&& ret=0

    case $state in
    (entry)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-entry-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--kind=[The kind of entry (the policy'\''s kinds\: note, document, raw-data, invoice, …)]:KIND:_default' \
'--title=[A title]:TITLE:_default' \
'--item=[The library item it names, where the policy'\''s kind names one\: a chart'\''s (or a measurement'\''s) pinpoint, a journal'\''s journal type]:NAME:_default' \
'--pinpoint=[The library item it names, where the policy'\''s kind names one\: a chart'\''s (or a measurement'\''s) pinpoint, a journal'\''s journal type]:NAME:_default' \
'--journal-type=[The library item it names, where the policy'\''s kind names one\: a chart'\''s (or a measurement'\''s) pinpoint, a journal'\''s journal type]:NAME:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--confidential[Visible only to its author and the record'\''s owner]' \
'--draft[Keep it as a draft (a note not submitted yet\: it asks for no approval)]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':record -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':record -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The entry'\''s id:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--title=[A new title]:TITLE:_default' \
'--confidential=[on or off]:CONFIDENTIAL:(on off)' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The entry'\''s id:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The entry'\''s id:_default' \
&& ret=0
;;
(submit)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The entry'\''s id:_default' \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':record -- The record'\''s number, or ext\:EXTERNAL-ID:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__entry__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-entry-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(submit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(note)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__note_commands" \
"*::: :->note" \
&& ret=0

    case $state in
    (note)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-note-command-$line[1]:"
        case $line[1] in
            (approve)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The note'\''s entry id:_default' \
&& ret=0
;;
(pending)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__note__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-note-help-command-$line[1]:"
        case $line[1] in
            (approve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pending)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(space)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__space_commands" \
"*::: :->space" \
&& ret=0

    case $state in
    (space)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-space-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--from-record=[The record it is about (you need read access to it)]:RECORD:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The space'\''s name:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The space'\''s id:_default' \
&& ret=0
;;
(invite)
_arguments "${_arguments_options[@]}" : \
'(--team)--member=[The member to invite]:EMAIL:_default' \
'--team=[The work team to invite]:SLUG:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The space'\''s id:_default' \
&& ret=0
;;
(members)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The space'\''s id:_default' \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The space'\''s id:_default' \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The space'\''s id:_default' \
&& ret=0
;;
(post)
_arguments "${_arguments_options[@]}" : \
'--kind=[note, observation or document]:KIND:(note observation document)' \
'--title=[A title]:TITLE:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The space'\''s id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__space__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-space-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(invite)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(members)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(post)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(assistant)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__assistant_commands" \
"*::: :->assistant" \
&& ret=0

    case $state in
    (assistant)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-assistant-command-$line[1]:"
        case $line[1] in
            (assign)
_arguments "${_arguments_options[@]}" : \
'*--to=[Assist these therapists (each may have only one dedicated assistant)]:EMAIL:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'(--to)--org-wide[Assist every therapist of the organisation]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':assistant -- The assistant'\''s email:_default' \
&& ret=0
;;
(unassign)
_arguments "${_arguments_options[@]}" : \
'*--from=[Only these therapists \[default\: every assignment, org-wide included\]]:EMAIL:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':assistant -- The assistant'\''s email:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(candidates)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':assistant -- The assistant'\''s email:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__assistant__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-assistant-help-command-$line[1]:"
        case $line[1] in
            (assign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unassign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(candidates)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(perm)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__perm_commands" \
"*::: :->perm" \
&& ret=0

    case $state in
    (perm)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-perm-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--explain[Print the reasons that decided it]' \
'()--batch[Read checks as JSON lines on stdin ({"as", "action", "target"}); one JSON result per line]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::action -- The action, noun.verb (record.read, member.invite, …):_default' \
'::target -- The target\: member\:EMAIL, record\:NUMBER, record\:ext\:ID, entry\:ID, space\:ID, location\:SLUG, team\:SLUG, or org (the default)\: the whole organisation, which only a grant on org reaches, for every action (a grant on own, created, location or assigned reaches particular targets\: name one):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(who-can)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':action -- The action, noun.verb:_default' \
':target -- The target\: org, member\:EMAIL, record\:NUMBER, record\:ext\:ID, entry\:ID, space\:ID, location\:SLUG, team\:SLUG:_default' \
&& ret=0
;;
(lookup)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':action -- The action, noun.verb:_default' \
':kind -- The type of target:(record entry space member location team)' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__perm__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-perm-help-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(who-can)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(lookup)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(policy)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__policy_commands" \
"*::: :->policy" \
&& ret=0

    case $state in
    (policy)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-policy-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- A built-in policy'\''s name, or a policy file:_default' \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--deny-warnings[Fail (exit 6) when the policy has warnings]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- The policy file (YAML):_default' \
&& ret=0
;;
(test)
_arguments "${_arguments_options[@]}" : \
'--min-coverage=[Fail when fewer than PCT percent of the grants, level actions and constraints are exercised]:PCT:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'*::suites -- The suites (YAML files):_files' \
&& ret=0
;;
(diff)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':before -- The policy before\: a built-in policy'\''s name, or a policy file:_default' \
':after -- The policy after:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__policy__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-policy-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(test)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(diff)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(audit)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__audit_commands" \
"*::: :->audit" \
&& ret=0

    case $state in
    (audit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-audit-command-$line[1]:"
        case $line[1] in
            (log)
_arguments "${_arguments_options[@]}" : \
'--since=[Only events at or after this time\: 7d (ago), yesterday, 2026-11-23 (local), or RFC 3339]:TIME:_default' \
'--until=[Only events before this time\: 1h (ago), today, 2026-11-23 (local), or RFC 3339]:TIME:_default' \
'--actor=[Only events by this actor (an email or support\:NAME)]:WHO:_default' \
'--target=[Only events on this target (member\:EMAIL, org, …)]:TARGET:_default' \
'--action=[Only this action, or every action of a noun with a trailing dot (member.)]:ACTION:_default' \
'--outcome=[Only this outcome]:OUTCOME:(allowed denied refused)' \
'--limit=[Only the newest N events]:N:_default' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'--anchor=[An anchor printed earlier by \`audit head\`\: fail unless the trail still extends it]:FILE:_files' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(head)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__audit__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-audit-help-command-$line[1]:"
        case $line[1] in
            (log)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(head)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(store)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__store_commands" \
"*::: :->store" \
&& ret=0

    case $state in
    (store)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-store-command-$line[1]:"
        case $line[1] in
            (backup)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--force[Replace FILE even if it is not empty]' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':file -- Where to write the copy (mode 0600); an existing file must be empty, or --force:_files' \
&& ret=0
;;
(copy)
_arguments "${_arguments_options[@]}" : \
'--from=[The store to copy from (a file, sqlite\:PATH or postgres\://…); when omitted, the store (--db)]:STORE:_files' \
'--to=[The store to copy into (a file, sqlite\:PATH or postgres\://…), created if missing]:STORE:_files' \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__store__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-store-help-command-$line[1]:"
        case $line[1] in
            (backup)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(copy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':shell -- The shell:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_careward__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-config-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
'--db=[The store file \[default\: \$XDG_DATA_HOME/careward/careward.db\]]:PATH:_files' \
'--org=[The organisation; may be left out when the store holds exactly one]:SLUG:_default' \
'--as=[The acting member'\''s email, or support\:NAME for support staff]:WHO:_default' \
'--reason=[Why\: required with support\:NAME, stored in the audit log]:TEXT:_default' \
'--format=[Output format]:FORMAT:(table json csv yaml)' \
'--busy-timeout=[How long to wait for another process writing to the store before giving up (exit 7)]:SECONDS:_default' \
'--wide[Tables\: every column, uncut (as kubectl'\''s -o wide)]' \
'--dry-run[Do everything and validate everything, print what would change, commit nothing]' \
'-q[No output but errors]' \
'--quiet[No output but errors]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__config__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-config-help-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-command-$line[1]:"
        case $line[1] in
            (org)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__org_commands" \
"*::: :->org" \
&& ret=0

    case $state in
    (org)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-org-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(seed)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(member)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__member_commands" \
"*::: :->member" \
&& ret=0

    case $state in
    (member)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-member-command-$line[1]:"
        case $line[1] in
            (invite)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(cancel)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(deactivate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reactivate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(overview)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(role)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__role_commands" \
"*::: :->role" \
&& ret=0

    case $state in
    (role)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-role-command-$line[1]:"
        case $line[1] in
            (assign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(location)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__location_commands" \
"*::: :->location" \
&& ret=0

    case $state in
    (location)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-location-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(assign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unassign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(team)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__team_commands" \
"*::: :->team" \
&& ret=0

    case $state in
    (team)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-team-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rename)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(group)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__group_commands" \
"*::: :->group" \
&& ret=0

    case $state in
    (group)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-group-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unshare)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(pinpoint)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__pinpoint_commands" \
"*::: :->pinpoint" \
&& ret=0

    case $state in
    (pinpoint)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-pinpoint-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(tag)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__tag_commands" \
"*::: :->tag" \
&& ret=0

    case $state in
    (tag)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-tag-command-$line[1]:"
        case $line[1] in
            (assign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unassign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(journal-type)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__journal-type_commands" \
"*::: :->journal-type" \
&& ret=0

    case $state in
    (journal-type)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-journal-type-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(report)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__report_commands" \
"*::: :->report" \
&& ret=0

    case $state in
    (report)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-report-command-$line[1]:"
        case $line[1] in
            (summary)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(chart)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(view)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__view_commands" \
"*::: :->view" \
&& ret=0

    case $state in
    (view)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-view-command-$line[1]:"
        case $line[1] in
            (save)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(record)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__record_commands" \
"*::: :->record" \
&& ret=0

    case $state in
    (record)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-record-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(open)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reactivate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(confidential)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(share)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unshare)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(access)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(transfer)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__record__subcmd__transfer_commands" \
"*::: :->transfer" \
&& ret=0

    case $state in
    (transfer)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-record-transfer-command-$line[1]:"
        case $line[1] in
            (accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decline)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(transfers)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pending)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(emergency-access)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(entry)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__entry_commands" \
"*::: :->entry" \
&& ret=0

    case $state in
    (entry)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-entry-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(submit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(note)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__note_commands" \
"*::: :->note" \
&& ret=0

    case $state in
    (note)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-note-command-$line[1]:"
        case $line[1] in
            (approve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pending)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(space)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__space_commands" \
"*::: :->space" \
&& ret=0

    case $state in
    (space)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-space-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(invite)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(members)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(archive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(post)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(assistant)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__assistant_commands" \
"*::: :->assistant" \
&& ret=0

    case $state in
    (assistant)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-assistant-command-$line[1]:"
        case $line[1] in
            (assign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(unassign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(candidates)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(perm)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__perm_commands" \
"*::: :->perm" \
&& ret=0

    case $state in
    (perm)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-perm-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(who-can)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(lookup)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(policy)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__policy_commands" \
"*::: :->policy" \
&& ret=0

    case $state in
    (policy)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-policy-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(validate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(test)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(diff)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(audit)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__audit_commands" \
"*::: :->audit" \
&& ret=0

    case $state in
    (audit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-audit-command-$line[1]:"
        case $line[1] in
            (log)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(head)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(store)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__store_commands" \
"*::: :->store" \
&& ret=0

    case $state in
    (store)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-store-command-$line[1]:"
        case $line[1] in
            (backup)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(copy)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_careward__subcmd__help__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:careward-help-config-command-$line[1]:"
        case $line[1] in
            (show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_careward_commands] )) ||
_careward_commands() {
    local commands; commands=(
'org:Create and inspect organisations' \
'member:Invite members and manage their lifecycle' \
'role:Assign and remove members'\'' roles' \
'location:Locations (schools) and who is assigned to them' \
'team:Work teams\: share records with several members at once' \
'group:Groups of performers, and tiers granted on a group (policies with groups)' \
'pinpoint:The organisation'\''s pinpoint library (policies with one)' \
'tag:The organisation'\''s tag library, and tags on performers, entries, users and pinpoints' \
'journal-type:The organisation'\''s journal types (policies with them)' \
'report:The reporting tool\: counts of chart data across the performers you can read' \
'view:The organisation'\''s saved chart and reporting views' \
'record:Client records (performers, under behavior-charts)\: create, share, transfer, archive' \
'performer:Client records (performers, under behavior-charts)\: create, share, transfer, archive' \
'entry:A record'\''s entries\: notes, documents, invoices (metadata only)' \
'note:Approve the notes of the members you supervise' \
'space:Collaborative spaces\: exchanges around a client without access to their record' \
'assistant:Assign assistants to the whole organisation or to specific therapists' \
'perm:Ask the policy\: may this member do this?' \
'policy:List, show and validate policies' \
'audit:Read and verify the audit trail' \
'store:The store as a whole\: back it up while others write, copy organisations to another' \
'completions:Print a shell completion script' \
'config:Show the settings in force (configuration file, environment, flags)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant_commands] )) ||
_careward__subcmd__assistant_commands() {
    local commands; commands=(
'assign:Assign an assistant to the whole organisation or to specific therapists' \
'unassign:Take an assistant off some therapists, or off everything' \
'list:List the assistant assignments' \
'candidates:List the therapists this assistant can still be assigned to' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward assistant commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__assign_commands] )) ||
_careward__subcmd__assistant__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward assistant assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__candidates_commands] )) ||
_careward__subcmd__assistant__subcmd__candidates_commands() {
    local commands; commands=()
    _describe -t commands 'careward assistant candidates commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__help_commands] )) ||
_careward__subcmd__assistant__subcmd__help_commands() {
    local commands; commands=(
'assign:Assign an assistant to the whole organisation or to specific therapists' \
'unassign:Take an assistant off some therapists, or off everything' \
'list:List the assistant assignments' \
'candidates:List the therapists this assistant can still be assigned to' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward assistant help commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__help__subcmd__assign_commands] )) ||
_careward__subcmd__assistant__subcmd__help__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward assistant help assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__help__subcmd__candidates_commands] )) ||
_careward__subcmd__assistant__subcmd__help__subcmd__candidates_commands() {
    local commands; commands=()
    _describe -t commands 'careward assistant help candidates commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__assistant__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward assistant help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__assistant__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward assistant help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__help__subcmd__unassign_commands] )) ||
_careward__subcmd__assistant__subcmd__help__subcmd__unassign_commands() {
    local commands; commands=()
    _describe -t commands 'careward assistant help unassign commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__list_commands] )) ||
_careward__subcmd__assistant__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward assistant list commands' commands "$@"
}
(( $+functions[_careward__subcmd__assistant__subcmd__unassign_commands] )) ||
_careward__subcmd__assistant__subcmd__unassign_commands() {
    local commands; commands=()
    _describe -t commands 'careward assistant unassign commands' commands "$@"
}
(( $+functions[_careward__subcmd__audit_commands] )) ||
_careward__subcmd__audit_commands() {
    local commands; commands=(
'log:Show audit events, oldest first, filtered' \
'verify:Check the audit trail\: its hash chain, its newest event, an anchor, and that replaying it gives exactly the organisation'\''s access-relevant rows' \
'head:Print the newest audit event'\''s id and hash, per organisation, as JSON\: an anchor to keep outside the store for \`audit verify --anchor\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward audit commands' commands "$@"
}
(( $+functions[_careward__subcmd__audit__subcmd__head_commands] )) ||
_careward__subcmd__audit__subcmd__head_commands() {
    local commands; commands=()
    _describe -t commands 'careward audit head commands' commands "$@"
}
(( $+functions[_careward__subcmd__audit__subcmd__help_commands] )) ||
_careward__subcmd__audit__subcmd__help_commands() {
    local commands; commands=(
'log:Show audit events, oldest first, filtered' \
'verify:Check the audit trail\: its hash chain, its newest event, an anchor, and that replaying it gives exactly the organisation'\''s access-relevant rows' \
'head:Print the newest audit event'\''s id and hash, per organisation, as JSON\: an anchor to keep outside the store for \`audit verify --anchor\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward audit help commands' commands "$@"
}
(( $+functions[_careward__subcmd__audit__subcmd__help__subcmd__head_commands] )) ||
_careward__subcmd__audit__subcmd__help__subcmd__head_commands() {
    local commands; commands=()
    _describe -t commands 'careward audit help head commands' commands "$@"
}
(( $+functions[_careward__subcmd__audit__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__audit__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward audit help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__audit__subcmd__help__subcmd__log_commands] )) ||
_careward__subcmd__audit__subcmd__help__subcmd__log_commands() {
    local commands; commands=()
    _describe -t commands 'careward audit help log commands' commands "$@"
}
(( $+functions[_careward__subcmd__audit__subcmd__help__subcmd__verify_commands] )) ||
_careward__subcmd__audit__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'careward audit help verify commands' commands "$@"
}
(( $+functions[_careward__subcmd__audit__subcmd__log_commands] )) ||
_careward__subcmd__audit__subcmd__log_commands() {
    local commands; commands=()
    _describe -t commands 'careward audit log commands' commands "$@"
}
(( $+functions[_careward__subcmd__audit__subcmd__verify_commands] )) ||
_careward__subcmd__audit__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'careward audit verify commands' commands "$@"
}
(( $+functions[_careward__subcmd__completions_commands] )) ||
_careward__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'careward completions commands' commands "$@"
}
(( $+functions[_careward__subcmd__config_commands] )) ||
_careward__subcmd__config_commands() {
    local commands; commands=(
'show:Print each setting in force (db, org, as, format) and where it came from' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward config commands' commands "$@"
}
(( $+functions[_careward__subcmd__config__subcmd__help_commands] )) ||
_careward__subcmd__config__subcmd__help_commands() {
    local commands; commands=(
'show:Print each setting in force (db, org, as, format) and where it came from' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward config help commands' commands "$@"
}
(( $+functions[_careward__subcmd__config__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__config__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward config help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__config__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__config__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward config help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__config__subcmd__show_commands] )) ||
_careward__subcmd__config__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward config show commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry_commands] )) ||
_careward__subcmd__entry_commands() {
    local commands; commands=(
'add:Add an entry to a record (a note, a document, …)' \
'list:List the entries of a record that you can read' \
'show:Show an entry'\''s metadata\: kind, title, author, status' \
'edit:Change an entry'\''s title or confidentiality (as the policy allows for its kind)' \
'delete:Delete an entry, where the policy gives its kind a delete action' \
'submit:Submit a draft entry (a note may then wait for approval)' \
'export:Export a record'\''s notes (drafts included; not documents, invoices or tasks)\: the owner exports every one, a collaborator only their own' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward entry commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__add_commands] )) ||
_careward__subcmd__entry__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry add commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__delete_commands] )) ||
_careward__subcmd__entry__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__edit_commands] )) ||
_careward__subcmd__entry__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__export_commands] )) ||
_careward__subcmd__entry__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry export commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__help_commands] )) ||
_careward__subcmd__entry__subcmd__help_commands() {
    local commands; commands=(
'add:Add an entry to a record (a note, a document, …)' \
'list:List the entries of a record that you can read' \
'show:Show an entry'\''s metadata\: kind, title, author, status' \
'edit:Change an entry'\''s title or confidentiality (as the policy allows for its kind)' \
'delete:Delete an entry, where the policy gives its kind a delete action' \
'submit:Submit a draft entry (a note may then wait for approval)' \
'export:Export a record'\''s notes (drafts included; not documents, invoices or tasks)\: the owner exports every one, a collaborator only their own' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward entry help commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__help__subcmd__add_commands] )) ||
_careward__subcmd__entry__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry help add commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__help__subcmd__delete_commands] )) ||
_careward__subcmd__entry__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry help delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__help__subcmd__edit_commands] )) ||
_careward__subcmd__entry__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry help edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__help__subcmd__export_commands] )) ||
_careward__subcmd__entry__subcmd__help__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry help export commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__entry__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__entry__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__entry__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__help__subcmd__submit_commands] )) ||
_careward__subcmd__entry__subcmd__help__subcmd__submit_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry help submit commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__list_commands] )) ||
_careward__subcmd__entry__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry list commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__show_commands] )) ||
_careward__subcmd__entry__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry show commands' commands "$@"
}
(( $+functions[_careward__subcmd__entry__subcmd__submit_commands] )) ||
_careward__subcmd__entry__subcmd__submit_commands() {
    local commands; commands=()
    _describe -t commands 'careward entry submit commands' commands "$@"
}
(( $+functions[_careward__subcmd__group_commands] )) ||
_careward__subcmd__group_commands() {
    local commands; commands=(
'create:Create a group of performers (Create Groups)' \
'list:List the groups of performers, with how many of their performers you can see' \
'show:Show a group\: its performers that you can see, and its shares (to whoever manages groups)' \
'add:Put performers in a group (they get the tiers granted on it)' \
'remove:Take performers out of a group (the tiers granted on it stop reaching them)' \
'share:Grant a tier on a group to a member or a team\: it reaches every performer in the group' \
'unshare:Take a tier on a group away from a member or a team' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward group commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__add_commands] )) ||
_careward__subcmd__group__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'careward group add commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__create_commands] )) ||
_careward__subcmd__group__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward group create commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__help_commands] )) ||
_careward__subcmd__group__subcmd__help_commands() {
    local commands; commands=(
'create:Create a group of performers (Create Groups)' \
'list:List the groups of performers, with how many of their performers you can see' \
'show:Show a group\: its performers that you can see, and its shares (to whoever manages groups)' \
'add:Put performers in a group (they get the tiers granted on it)' \
'remove:Take performers out of a group (the tiers granted on it stop reaching them)' \
'share:Grant a tier on a group to a member or a team\: it reaches every performer in the group' \
'unshare:Take a tier on a group away from a member or a team' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward group help commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__help__subcmd__add_commands] )) ||
_careward__subcmd__group__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'careward group help add commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__help__subcmd__create_commands] )) ||
_careward__subcmd__group__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward group help create commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__group__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward group help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__group__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward group help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__help__subcmd__remove_commands] )) ||
_careward__subcmd__group__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward group help remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__help__subcmd__share_commands] )) ||
_careward__subcmd__group__subcmd__help__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'careward group help share commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__group__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward group help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__help__subcmd__unshare_commands] )) ||
_careward__subcmd__group__subcmd__help__subcmd__unshare_commands() {
    local commands; commands=()
    _describe -t commands 'careward group help unshare commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__list_commands] )) ||
_careward__subcmd__group__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward group list commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__remove_commands] )) ||
_careward__subcmd__group__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward group remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__share_commands] )) ||
_careward__subcmd__group__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'careward group share commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__show_commands] )) ||
_careward__subcmd__group__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward group show commands' commands "$@"
}
(( $+functions[_careward__subcmd__group__subcmd__unshare_commands] )) ||
_careward__subcmd__group__subcmd__unshare_commands() {
    local commands; commands=()
    _describe -t commands 'careward group unshare commands' commands "$@"
}
(( $+functions[_careward__subcmd__help_commands] )) ||
_careward__subcmd__help_commands() {
    local commands; commands=(
'org:Create and inspect organisations' \
'member:Invite members and manage their lifecycle' \
'role:Assign and remove members'\'' roles' \
'location:Locations (schools) and who is assigned to them' \
'team:Work teams\: share records with several members at once' \
'group:Groups of performers, and tiers granted on a group (policies with groups)' \
'pinpoint:The organisation'\''s pinpoint library (policies with one)' \
'tag:The organisation'\''s tag library, and tags on performers, entries, users and pinpoints' \
'journal-type:The organisation'\''s journal types (policies with them)' \
'report:The reporting tool\: counts of chart data across the performers you can read' \
'view:The organisation'\''s saved chart and reporting views' \
'record:Client records (performers, under behavior-charts)\: create, share, transfer, archive' \
'entry:A record'\''s entries\: notes, documents, invoices (metadata only)' \
'note:Approve the notes of the members you supervise' \
'space:Collaborative spaces\: exchanges around a client without access to their record' \
'assistant:Assign assistants to the whole organisation or to specific therapists' \
'perm:Ask the policy\: may this member do this?' \
'policy:List, show and validate policies' \
'audit:Read and verify the audit trail' \
'store:The store as a whole\: back it up while others write, copy organisations to another' \
'completions:Print a shell completion script' \
'config:Show the settings in force (configuration file, environment, flags)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward help commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__assistant_commands] )) ||
_careward__subcmd__help__subcmd__assistant_commands() {
    local commands; commands=(
'assign:Assign an assistant to the whole organisation or to specific therapists' \
'unassign:Take an assistant off some therapists, or off everything' \
'list:List the assistant assignments' \
'candidates:List the therapists this assistant can still be assigned to' \
    )
    _describe -t commands 'careward help assistant commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__assistant__subcmd__assign_commands] )) ||
_careward__subcmd__help__subcmd__assistant__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward help assistant assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__assistant__subcmd__candidates_commands] )) ||
_careward__subcmd__help__subcmd__assistant__subcmd__candidates_commands() {
    local commands; commands=()
    _describe -t commands 'careward help assistant candidates commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__assistant__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__assistant__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help assistant list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__assistant__subcmd__unassign_commands] )) ||
_careward__subcmd__help__subcmd__assistant__subcmd__unassign_commands() {
    local commands; commands=()
    _describe -t commands 'careward help assistant unassign commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__audit_commands] )) ||
_careward__subcmd__help__subcmd__audit_commands() {
    local commands; commands=(
'log:Show audit events, oldest first, filtered' \
'verify:Check the audit trail\: its hash chain, its newest event, an anchor, and that replaying it gives exactly the organisation'\''s access-relevant rows' \
'head:Print the newest audit event'\''s id and hash, per organisation, as JSON\: an anchor to keep outside the store for \`audit verify --anchor\`' \
    )
    _describe -t commands 'careward help audit commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__audit__subcmd__head_commands] )) ||
_careward__subcmd__help__subcmd__audit__subcmd__head_commands() {
    local commands; commands=()
    _describe -t commands 'careward help audit head commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__audit__subcmd__log_commands] )) ||
_careward__subcmd__help__subcmd__audit__subcmd__log_commands() {
    local commands; commands=()
    _describe -t commands 'careward help audit log commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__audit__subcmd__verify_commands] )) ||
_careward__subcmd__help__subcmd__audit__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'careward help audit verify commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__completions_commands] )) ||
_careward__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'careward help completions commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__config_commands] )) ||
_careward__subcmd__help__subcmd__config_commands() {
    local commands; commands=(
'show:Print each setting in force (db, org, as, format) and where it came from' \
    )
    _describe -t commands 'careward help config commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__config__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__config__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help config show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__entry_commands] )) ||
_careward__subcmd__help__subcmd__entry_commands() {
    local commands; commands=(
'add:Add an entry to a record (a note, a document, …)' \
'list:List the entries of a record that you can read' \
'show:Show an entry'\''s metadata\: kind, title, author, status' \
'edit:Change an entry'\''s title or confidentiality (as the policy allows for its kind)' \
'delete:Delete an entry, where the policy gives its kind a delete action' \
'submit:Submit a draft entry (a note may then wait for approval)' \
'export:Export a record'\''s notes (drafts included; not documents, invoices or tasks)\: the owner exports every one, a collaborator only their own' \
    )
    _describe -t commands 'careward help entry commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__entry__subcmd__add_commands] )) ||
_careward__subcmd__help__subcmd__entry__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'careward help entry add commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__entry__subcmd__delete_commands] )) ||
_careward__subcmd__help__subcmd__entry__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward help entry delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__entry__subcmd__edit_commands] )) ||
_careward__subcmd__help__subcmd__entry__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward help entry edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__entry__subcmd__export_commands] )) ||
_careward__subcmd__help__subcmd__entry__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'careward help entry export commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__entry__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__entry__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help entry list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__entry__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__entry__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help entry show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__entry__subcmd__submit_commands] )) ||
_careward__subcmd__help__subcmd__entry__subcmd__submit_commands() {
    local commands; commands=()
    _describe -t commands 'careward help entry submit commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__group_commands] )) ||
_careward__subcmd__help__subcmd__group_commands() {
    local commands; commands=(
'create:Create a group of performers (Create Groups)' \
'list:List the groups of performers, with how many of their performers you can see' \
'show:Show a group\: its performers that you can see, and its shares (to whoever manages groups)' \
'add:Put performers in a group (they get the tiers granted on it)' \
'remove:Take performers out of a group (the tiers granted on it stop reaching them)' \
'share:Grant a tier on a group to a member or a team\: it reaches every performer in the group' \
'unshare:Take a tier on a group away from a member or a team' \
    )
    _describe -t commands 'careward help group commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__group__subcmd__add_commands] )) ||
_careward__subcmd__help__subcmd__group__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'careward help group add commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__group__subcmd__create_commands] )) ||
_careward__subcmd__help__subcmd__group__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward help group create commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__group__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__group__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help group list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__group__subcmd__remove_commands] )) ||
_careward__subcmd__help__subcmd__group__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward help group remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__group__subcmd__share_commands] )) ||
_careward__subcmd__help__subcmd__group__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'careward help group share commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__group__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__group__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help group show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__group__subcmd__unshare_commands] )) ||
_careward__subcmd__help__subcmd__group__subcmd__unshare_commands() {
    local commands; commands=()
    _describe -t commands 'careward help group unshare commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__journal-type_commands] )) ||
_careward__subcmd__help__subcmd__journal-type_commands() {
    local commands; commands=(
'create:Add a journal type to the library (Manage permission)' \
'list:List the organisation'\''s journal types' \
'show:Show a journal type\: what it is, who made it' \
'edit:Rename a journal type or change its description (Manage permission)' \
'delete:Delete a journal type from the library (Manage permission)' \
    )
    _describe -t commands 'careward help journal-type commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__journal-type__subcmd__create_commands] )) ||
_careward__subcmd__help__subcmd__journal-type__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward help journal-type create commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__journal-type__subcmd__delete_commands] )) ||
_careward__subcmd__help__subcmd__journal-type__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward help journal-type delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__journal-type__subcmd__edit_commands] )) ||
_careward__subcmd__help__subcmd__journal-type__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward help journal-type edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__journal-type__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__journal-type__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help journal-type list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__journal-type__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__journal-type__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help journal-type show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__location_commands] )) ||
_careward__subcmd__help__subcmd__location_commands() {
    local commands; commands=(
'create:Create a location (a school, in a school organisation)' \
'list:List the locations' \
'show:Show a location and who is assigned to it' \
'edit:Rename a location, or bring an archived one back' \
'archive:Archive a location (its records and members stay)' \
'assign:Assign a member to a location' \
'unassign:Take a member off a location' \
    )
    _describe -t commands 'careward help location commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__location__subcmd__archive_commands] )) ||
_careward__subcmd__help__subcmd__location__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward help location archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__location__subcmd__assign_commands] )) ||
_careward__subcmd__help__subcmd__location__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward help location assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__location__subcmd__create_commands] )) ||
_careward__subcmd__help__subcmd__location__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward help location create commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__location__subcmd__edit_commands] )) ||
_careward__subcmd__help__subcmd__location__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward help location edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__location__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__location__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help location list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__location__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__location__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help location show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__location__subcmd__unassign_commands] )) ||
_careward__subcmd__help__subcmd__location__subcmd__unassign_commands() {
    local commands; commands=()
    _describe -t commands 'careward help location unassign commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member_commands] )) ||
_careward__subcmd__help__subcmd__member_commands() {
    local commands; commands=(
'invite:Invite a member with one or more roles, or every member of a CSV file' \
'accept:Accept your own invitation (run as the invited member)' \
'cancel:Cancel an invitation that was not accepted yet' \
'list:List members, filtered by role, status or a search text' \
'show:Show a member\: roles, principal role, status and since when' \
'edit:Change a member'\''s name or professional title' \
'deactivate:Remove a member'\''s access ("remove access"); their data stays and they can be reactivated' \
'reactivate:Give a deactivated member their access back' \
'remove:Remove a deactivated member for good (their history stays in the audit log)' \
'overview:The members with their record counts, institutional and confidential (the coordinator'\''s overview)' \
    )
    _describe -t commands 'careward help member commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__accept_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member accept commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__cancel_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member cancel commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__deactivate_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__deactivate_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member deactivate commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__edit_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__invite_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__invite_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member invite commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__overview_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__overview_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member overview commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__reactivate_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__reactivate_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member reactivate commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__remove_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__member__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__member__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help member show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__note_commands] )) ||
_careward__subcmd__help__subcmd__note_commands() {
    local commands; commands=(
'approve:Approve (co-sign) a note waiting for your approval' \
'pending:List the notes waiting for your approval, and yours waiting for someone'\''s' \
    )
    _describe -t commands 'careward help note commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__note__subcmd__approve_commands] )) ||
_careward__subcmd__help__subcmd__note__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'careward help note approve commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__note__subcmd__pending_commands] )) ||
_careward__subcmd__help__subcmd__note__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'careward help note pending commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__org_commands] )) ||
_careward__subcmd__help__subcmd__org_commands() {
    local commands; commands=(
'init:Create an organisation and its first administrator' \
'seed:Build a whole organisation from a YAML file (members, locations, teams, records, shares)' \
'export:Write the organisation as a file that \`org seed\` reads' \
'list:List the organisations the acting member belongs to' \
'show:Show the organisation\: kind, policy, plan, seats and members by status' \
'set:Change the organisation'\''s plan\: free, or a number of seats (needs billing.manage)' \
    )
    _describe -t commands 'careward help org commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__org__subcmd__export_commands] )) ||
_careward__subcmd__help__subcmd__org__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'careward help org export commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__org__subcmd__init_commands] )) ||
_careward__subcmd__help__subcmd__org__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'careward help org init commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__org__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__org__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help org list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__org__subcmd__seed_commands] )) ||
_careward__subcmd__help__subcmd__org__subcmd__seed_commands() {
    local commands; commands=()
    _describe -t commands 'careward help org seed commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__org__subcmd__set_commands] )) ||
_careward__subcmd__help__subcmd__org__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'careward help org set commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__org__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__org__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help org show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__perm_commands] )) ||
_careward__subcmd__help__subcmd__perm_commands() {
    local commands; commands=(
'check:May the acting member do ACTION to TARGET? Exit 0 if allowed, 3 if denied' \
'list:List what the acting member'\''s roles grant' \
'who-can:List the members who may do ACTION to TARGET' \
'lookup:List every target of a type the acting member may ACTION (record, entry, space, member, location, team)' \
    )
    _describe -t commands 'careward help perm commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__perm__subcmd__check_commands] )) ||
_careward__subcmd__help__subcmd__perm__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'careward help perm check commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__perm__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__perm__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help perm list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__perm__subcmd__lookup_commands] )) ||
_careward__subcmd__help__subcmd__perm__subcmd__lookup_commands() {
    local commands; commands=()
    _describe -t commands 'careward help perm lookup commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__perm__subcmd__who-can_commands] )) ||
_careward__subcmd__help__subcmd__perm__subcmd__who-can_commands() {
    local commands; commands=()
    _describe -t commands 'careward help perm who-can commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__pinpoint_commands] )) ||
_careward__subcmd__help__subcmd__pinpoint_commands() {
    local commands; commands=(
'create:Add a pinpoint to the library (Manage permission)' \
'list:List the organisation'\''s pinpoints' \
'show:Show a pinpoint\: what it is, who made it' \
'edit:Rename a pinpoint or change its description (Manage permission)' \
'delete:Delete a pinpoint from the library (Manage permission)' \
    )
    _describe -t commands 'careward help pinpoint commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__pinpoint__subcmd__create_commands] )) ||
_careward__subcmd__help__subcmd__pinpoint__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward help pinpoint create commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__pinpoint__subcmd__delete_commands] )) ||
_careward__subcmd__help__subcmd__pinpoint__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward help pinpoint delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__pinpoint__subcmd__edit_commands] )) ||
_careward__subcmd__help__subcmd__pinpoint__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward help pinpoint edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__pinpoint__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__pinpoint__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help pinpoint list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__pinpoint__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__pinpoint__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help pinpoint show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__policy_commands] )) ||
_careward__subcmd__help__subcmd__policy_commands() {
    local commands; commands=(
'list:List the built-in policies' \
'show:Show a policy\: its roles and grants, levels, support grants and constraints' \
'validate:Check a policy file\: unknown keys, actions, scopes, roles and levels are errors' \
'test:Run policy test suites\: cases of who may do what, with coverage' \
'diff:Show what each role, level and support gains and loses from one policy to another' \
    )
    _describe -t commands 'careward help policy commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__policy__subcmd__diff_commands] )) ||
_careward__subcmd__help__subcmd__policy__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'careward help policy diff commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__policy__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__policy__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help policy list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__policy__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__policy__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help policy show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__policy__subcmd__test_commands] )) ||
_careward__subcmd__help__subcmd__policy__subcmd__test_commands() {
    local commands; commands=()
    _describe -t commands 'careward help policy test commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__policy__subcmd__validate_commands] )) ||
_careward__subcmd__help__subcmd__policy__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'careward help policy validate commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record_commands] )) ||
_careward__subcmd__help__subcmd__record_commands() {
    local commands; commands=(
'create:Create a client record' \
'import:Create every record of a CSV file, or bring it up to date' \
'list:List the records you can see' \
'show:Show a record\: client, owner, location, status (not its clinical content)' \
'open:Open a record'\''s clinical content (an audited read)' \
'edit:Change a record'\''s client name, location or external id' \
'archive:Archive an active record' \
'reactivate:Bring an archived record back to active' \
'delete:Delete an archived record (it can be restored for 30 days)' \
'restore:Restore a deleted record, as archived, within 30 days' \
'confidential:Mark a whole record confidential, or not' \
'share:Share a record with a member or a team at a level (sharing again replaces the level)' \
'unshare:Stop sharing a record with a member or a team' \
'access:List who can reach a record, and through what (a share, a team, a role)' \
'leave:Give up your own share of a record' \
'transfer:Transfer a record (or all of a member'\''s records) to another member' \
'transfers:List the transfers waiting for a recipient (yours; all of them for coordinators)' \
'pending:List what a coordinator follows up\: records waiting for transfer or owned by inactive members' \
'emergency-access:Break the glass\: read access to a record for a bounded time, with a mandatory --reason' \
    )
    _describe -t commands 'careward help record commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__access_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__access_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record access commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__archive_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__confidential_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__confidential_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record confidential commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__create_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record create commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__delete_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__edit_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__emergency-access_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__emergency-access_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record emergency-access commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__import_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record import commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__leave_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record leave commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__open_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__open_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record open commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__pending_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record pending commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__reactivate_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__reactivate_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record reactivate commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__restore_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record restore commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__share_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record share commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__transfer_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__transfer_commands() {
    local commands; commands=(
'accept:Accept a transfer waiting for you\: you become responsible for the record' \
'decline:Decline a transfer waiting for you\: nothing changes' \
    )
    _describe -t commands 'careward help record transfer commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__transfer__subcmd__accept_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__transfer__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record transfer accept commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__transfer__subcmd__decline_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__transfer__subcmd__decline_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record transfer decline commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__transfers_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__transfers_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record transfers commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__record__subcmd__unshare_commands] )) ||
_careward__subcmd__help__subcmd__record__subcmd__unshare_commands() {
    local commands; commands=()
    _describe -t commands 'careward help record unshare commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__report_commands] )) ||
_careward__subcmd__help__subcmd__report_commands() {
    local commands; commands=(
'summary:Count measurements per performer and pinpoint over a period, across the performers you can read' \
'chart:List one performer'\''s measurements, pinpoint by pinpoint\: the data behind their charts' \
    )
    _describe -t commands 'careward help report commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__report__subcmd__chart_commands] )) ||
_careward__subcmd__help__subcmd__report__subcmd__chart_commands() {
    local commands; commands=()
    _describe -t commands 'careward help report chart commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__report__subcmd__summary_commands] )) ||
_careward__subcmd__help__subcmd__report__subcmd__summary_commands() {
    local commands; commands=()
    _describe -t commands 'careward help report summary commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__role_commands] )) ||
_careward__subcmd__help__subcmd__role_commands() {
    local commands; commands=(
'assign:Give a member one or more roles' \
'remove:Take a role away from a member' \
'list:List the policy'\''s roles with their holders, or one member'\''s roles' \
    )
    _describe -t commands 'careward help role commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__role__subcmd__assign_commands] )) ||
_careward__subcmd__help__subcmd__role__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward help role assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__role__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__role__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help role list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__role__subcmd__remove_commands] )) ||
_careward__subcmd__help__subcmd__role__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward help role remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__space_commands] )) ||
_careward__subcmd__help__subcmd__space_commands() {
    local commands; commands=(
'create:Create a collaborative space, standalone or from a record' \
'list:List your spaces' \
'show:Show a space\: its name, record and status' \
'invite:Invite a member or a team into a space' \
'members:List a space'\''s members' \
'leave:Leave a space' \
'archive:Archive a space you created' \
'post:Post to a space\: a note, an observation or a document (its metadata)' \
    )
    _describe -t commands 'careward help space commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__space__subcmd__archive_commands] )) ||
_careward__subcmd__help__subcmd__space__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward help space archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__space__subcmd__create_commands] )) ||
_careward__subcmd__help__subcmd__space__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward help space create commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__space__subcmd__invite_commands] )) ||
_careward__subcmd__help__subcmd__space__subcmd__invite_commands() {
    local commands; commands=()
    _describe -t commands 'careward help space invite commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__space__subcmd__leave_commands] )) ||
_careward__subcmd__help__subcmd__space__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'careward help space leave commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__space__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__space__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help space list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__space__subcmd__members_commands] )) ||
_careward__subcmd__help__subcmd__space__subcmd__members_commands() {
    local commands; commands=()
    _describe -t commands 'careward help space members commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__space__subcmd__post_commands] )) ||
_careward__subcmd__help__subcmd__space__subcmd__post_commands() {
    local commands; commands=()
    _describe -t commands 'careward help space post commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__space__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__space__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help space show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__store_commands] )) ||
_careward__subcmd__help__subcmd__store_commands() {
    local commands; commands=(
'backup:Write a consistent copy of the whole store to FILE, while others go on writing' \
'copy:Copy organisations and their audit trails into another store, and verify the copy' \
    )
    _describe -t commands 'careward help store commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__store__subcmd__backup_commands] )) ||
_careward__subcmd__help__subcmd__store__subcmd__backup_commands() {
    local commands; commands=()
    _describe -t commands 'careward help store backup commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__store__subcmd__copy_commands] )) ||
_careward__subcmd__help__subcmd__store__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'careward help store copy commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__tag_commands] )) ||
_careward__subcmd__help__subcmd__tag_commands() {
    local commands; commands=(
'assign:Put a tag on a performer, an entry (chart, journal), a user or a pinpoint' \
'unassign:Take a tag off what it is on' \
'create:Add a tag to the library (Manage permission)' \
'list:List the organisation'\''s tags' \
'show:Show a tag\: what it is, who made it' \
'edit:Rename a tag or change its description (Manage permission)' \
'delete:Delete a tag from the library (Manage permission)' \
    )
    _describe -t commands 'careward help tag commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__tag__subcmd__assign_commands] )) ||
_careward__subcmd__help__subcmd__tag__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward help tag assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__tag__subcmd__create_commands] )) ||
_careward__subcmd__help__subcmd__tag__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward help tag create commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__tag__subcmd__delete_commands] )) ||
_careward__subcmd__help__subcmd__tag__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward help tag delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__tag__subcmd__edit_commands] )) ||
_careward__subcmd__help__subcmd__tag__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward help tag edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__tag__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__tag__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help tag list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__tag__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__tag__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help tag show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__tag__subcmd__unassign_commands] )) ||
_careward__subcmd__help__subcmd__tag__subcmd__unassign_commands() {
    local commands; commands=()
    _describe -t commands 'careward help tag unassign commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__team_commands] )) ||
_careward__subcmd__help__subcmd__team_commands() {
    local commands; commands=(
'create:Create a work team' \
'list:List the work teams' \
'show:Show a team and its members' \
'add:Add members to a team' \
'remove:Take a member out of a team' \
'rename:Rename a team' \
'archive:Archive a team\: its shares stop reaching its members' \
    )
    _describe -t commands 'careward help team commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__team__subcmd__add_commands] )) ||
_careward__subcmd__help__subcmd__team__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'careward help team add commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__team__subcmd__archive_commands] )) ||
_careward__subcmd__help__subcmd__team__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward help team archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__team__subcmd__create_commands] )) ||
_careward__subcmd__help__subcmd__team__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward help team create commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__team__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__team__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help team list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__team__subcmd__remove_commands] )) ||
_careward__subcmd__help__subcmd__team__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward help team remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__team__subcmd__rename_commands] )) ||
_careward__subcmd__help__subcmd__team__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'careward help team rename commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__team__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__team__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help team show commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__view_commands] )) ||
_careward__subcmd__help__subcmd__view_commands() {
    local commands; commands=(
'save:Save an organisation view (replacing one of the same name) that everyone can select' \
'list:List the organisation'\''s saved views' \
'show:Show a saved view\: its settings, who saved it' \
'delete:Delete a saved view (Manage Org Chart Views / Reporting Views)' \
    )
    _describe -t commands 'careward help view commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__view__subcmd__delete_commands] )) ||
_careward__subcmd__help__subcmd__view__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward help view delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__view__subcmd__list_commands] )) ||
_careward__subcmd__help__subcmd__view__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward help view list commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__view__subcmd__save_commands] )) ||
_careward__subcmd__help__subcmd__view__subcmd__save_commands() {
    local commands; commands=()
    _describe -t commands 'careward help view save commands' commands "$@"
}
(( $+functions[_careward__subcmd__help__subcmd__view__subcmd__show_commands] )) ||
_careward__subcmd__help__subcmd__view__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward help view show commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type_commands] )) ||
_careward__subcmd__journal-type_commands() {
    local commands; commands=(
'create:Add a journal type to the library (Manage permission)' \
'list:List the organisation'\''s journal types' \
'show:Show a journal type\: what it is, who made it' \
'edit:Rename a journal type or change its description (Manage permission)' \
'delete:Delete a journal type from the library (Manage permission)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward journal-type commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__create_commands] )) ||
_careward__subcmd__journal-type__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type create commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__delete_commands] )) ||
_careward__subcmd__journal-type__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__edit_commands] )) ||
_careward__subcmd__journal-type__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__help_commands] )) ||
_careward__subcmd__journal-type__subcmd__help_commands() {
    local commands; commands=(
'create:Add a journal type to the library (Manage permission)' \
'list:List the organisation'\''s journal types' \
'show:Show a journal type\: what it is, who made it' \
'edit:Rename a journal type or change its description (Manage permission)' \
'delete:Delete a journal type from the library (Manage permission)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward journal-type help commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__help__subcmd__create_commands] )) ||
_careward__subcmd__journal-type__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type help create commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__help__subcmd__delete_commands] )) ||
_careward__subcmd__journal-type__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type help delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__help__subcmd__edit_commands] )) ||
_careward__subcmd__journal-type__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type help edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__journal-type__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__journal-type__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__journal-type__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__list_commands] )) ||
_careward__subcmd__journal-type__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type list commands' commands "$@"
}
(( $+functions[_careward__subcmd__journal-type__subcmd__show_commands] )) ||
_careward__subcmd__journal-type__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward journal-type show commands' commands "$@"
}
(( $+functions[_careward__subcmd__location_commands] )) ||
_careward__subcmd__location_commands() {
    local commands; commands=(
'create:Create a location (a school, in a school organisation)' \
'list:List the locations' \
'show:Show a location and who is assigned to it' \
'edit:Rename a location, or bring an archived one back' \
'archive:Archive a location (its records and members stay)' \
'assign:Assign a member to a location' \
'unassign:Take a member off a location' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward location commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__archive_commands] )) ||
_careward__subcmd__location__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward location archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__assign_commands] )) ||
_careward__subcmd__location__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward location assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__create_commands] )) ||
_careward__subcmd__location__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward location create commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__edit_commands] )) ||
_careward__subcmd__location__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward location edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__help_commands] )) ||
_careward__subcmd__location__subcmd__help_commands() {
    local commands; commands=(
'create:Create a location (a school, in a school organisation)' \
'list:List the locations' \
'show:Show a location and who is assigned to it' \
'edit:Rename a location, or bring an archived one back' \
'archive:Archive a location (its records and members stay)' \
'assign:Assign a member to a location' \
'unassign:Take a member off a location' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward location help commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__help__subcmd__archive_commands] )) ||
_careward__subcmd__location__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward location help archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__help__subcmd__assign_commands] )) ||
_careward__subcmd__location__subcmd__help__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward location help assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__help__subcmd__create_commands] )) ||
_careward__subcmd__location__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward location help create commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__help__subcmd__edit_commands] )) ||
_careward__subcmd__location__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward location help edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__location__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward location help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__location__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward location help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__location__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward location help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__help__subcmd__unassign_commands] )) ||
_careward__subcmd__location__subcmd__help__subcmd__unassign_commands() {
    local commands; commands=()
    _describe -t commands 'careward location help unassign commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__list_commands] )) ||
_careward__subcmd__location__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward location list commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__show_commands] )) ||
_careward__subcmd__location__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward location show commands' commands "$@"
}
(( $+functions[_careward__subcmd__location__subcmd__unassign_commands] )) ||
_careward__subcmd__location__subcmd__unassign_commands() {
    local commands; commands=()
    _describe -t commands 'careward location unassign commands' commands "$@"
}
(( $+functions[_careward__subcmd__member_commands] )) ||
_careward__subcmd__member_commands() {
    local commands; commands=(
'invite:Invite a member with one or more roles, or every member of a CSV file' \
'accept:Accept your own invitation (run as the invited member)' \
'cancel:Cancel an invitation that was not accepted yet' \
'list:List members, filtered by role, status or a search text' \
'show:Show a member\: roles, principal role, status and since when' \
'edit:Change a member'\''s name or professional title' \
'deactivate:Remove a member'\''s access ("remove access"); their data stays and they can be reactivated' \
'reactivate:Give a deactivated member their access back' \
'remove:Remove a deactivated member for good (their history stays in the audit log)' \
'overview:The members with their record counts, institutional and confidential (the coordinator'\''s overview)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward member commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__accept_commands] )) ||
_careward__subcmd__member__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'careward member accept commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__cancel_commands] )) ||
_careward__subcmd__member__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'careward member cancel commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__deactivate_commands] )) ||
_careward__subcmd__member__subcmd__deactivate_commands() {
    local commands; commands=()
    _describe -t commands 'careward member deactivate commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__edit_commands] )) ||
_careward__subcmd__member__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward member edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help_commands] )) ||
_careward__subcmd__member__subcmd__help_commands() {
    local commands; commands=(
'invite:Invite a member with one or more roles, or every member of a CSV file' \
'accept:Accept your own invitation (run as the invited member)' \
'cancel:Cancel an invitation that was not accepted yet' \
'list:List members, filtered by role, status or a search text' \
'show:Show a member\: roles, principal role, status and since when' \
'edit:Change a member'\''s name or professional title' \
'deactivate:Remove a member'\''s access ("remove access"); their data stays and they can be reactivated' \
'reactivate:Give a deactivated member their access back' \
'remove:Remove a deactivated member for good (their history stays in the audit log)' \
'overview:The members with their record counts, institutional and confidential (the coordinator'\''s overview)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward member help commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__accept_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help accept commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__cancel_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__cancel_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help cancel commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__deactivate_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__deactivate_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help deactivate commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__edit_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__invite_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__invite_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help invite commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__overview_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__overview_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help overview commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__reactivate_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__reactivate_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help reactivate commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__remove_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__member__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward member help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__invite_commands] )) ||
_careward__subcmd__member__subcmd__invite_commands() {
    local commands; commands=()
    _describe -t commands 'careward member invite commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__list_commands] )) ||
_careward__subcmd__member__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward member list commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__overview_commands] )) ||
_careward__subcmd__member__subcmd__overview_commands() {
    local commands; commands=()
    _describe -t commands 'careward member overview commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__reactivate_commands] )) ||
_careward__subcmd__member__subcmd__reactivate_commands() {
    local commands; commands=()
    _describe -t commands 'careward member reactivate commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__remove_commands] )) ||
_careward__subcmd__member__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward member remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__member__subcmd__show_commands] )) ||
_careward__subcmd__member__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward member show commands' commands "$@"
}
(( $+functions[_careward__subcmd__note_commands] )) ||
_careward__subcmd__note_commands() {
    local commands; commands=(
'approve:Approve (co-sign) a note waiting for your approval' \
'pending:List the notes waiting for your approval, and yours waiting for someone'\''s' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward note commands' commands "$@"
}
(( $+functions[_careward__subcmd__note__subcmd__approve_commands] )) ||
_careward__subcmd__note__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'careward note approve commands' commands "$@"
}
(( $+functions[_careward__subcmd__note__subcmd__help_commands] )) ||
_careward__subcmd__note__subcmd__help_commands() {
    local commands; commands=(
'approve:Approve (co-sign) a note waiting for your approval' \
'pending:List the notes waiting for your approval, and yours waiting for someone'\''s' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward note help commands' commands "$@"
}
(( $+functions[_careward__subcmd__note__subcmd__help__subcmd__approve_commands] )) ||
_careward__subcmd__note__subcmd__help__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'careward note help approve commands' commands "$@"
}
(( $+functions[_careward__subcmd__note__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__note__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward note help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__note__subcmd__help__subcmd__pending_commands] )) ||
_careward__subcmd__note__subcmd__help__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'careward note help pending commands' commands "$@"
}
(( $+functions[_careward__subcmd__note__subcmd__pending_commands] )) ||
_careward__subcmd__note__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'careward note pending commands' commands "$@"
}
(( $+functions[_careward__subcmd__org_commands] )) ||
_careward__subcmd__org_commands() {
    local commands; commands=(
'init:Create an organisation and its first administrator' \
'seed:Build a whole organisation from a YAML file (members, locations, teams, records, shares)' \
'export:Write the organisation as a file that \`org seed\` reads' \
'list:List the organisations the acting member belongs to' \
'show:Show the organisation\: kind, policy, plan, seats and members by status' \
'set:Change the organisation'\''s plan\: free, or a number of seats (needs billing.manage)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward org commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__export_commands] )) ||
_careward__subcmd__org__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'careward org export commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__help_commands] )) ||
_careward__subcmd__org__subcmd__help_commands() {
    local commands; commands=(
'init:Create an organisation and its first administrator' \
'seed:Build a whole organisation from a YAML file (members, locations, teams, records, shares)' \
'export:Write the organisation as a file that \`org seed\` reads' \
'list:List the organisations the acting member belongs to' \
'show:Show the organisation\: kind, policy, plan, seats and members by status' \
'set:Change the organisation'\''s plan\: free, or a number of seats (needs billing.manage)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward org help commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__help__subcmd__export_commands] )) ||
_careward__subcmd__org__subcmd__help__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'careward org help export commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__org__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward org help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__help__subcmd__init_commands] )) ||
_careward__subcmd__org__subcmd__help__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'careward org help init commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__org__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward org help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__help__subcmd__seed_commands] )) ||
_careward__subcmd__org__subcmd__help__subcmd__seed_commands() {
    local commands; commands=()
    _describe -t commands 'careward org help seed commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__help__subcmd__set_commands] )) ||
_careward__subcmd__org__subcmd__help__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'careward org help set commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__org__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward org help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__init_commands] )) ||
_careward__subcmd__org__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'careward org init commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__list_commands] )) ||
_careward__subcmd__org__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward org list commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__seed_commands] )) ||
_careward__subcmd__org__subcmd__seed_commands() {
    local commands; commands=()
    _describe -t commands 'careward org seed commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__set_commands] )) ||
_careward__subcmd__org__subcmd__set_commands() {
    local commands; commands=()
    _describe -t commands 'careward org set commands' commands "$@"
}
(( $+functions[_careward__subcmd__org__subcmd__show_commands] )) ||
_careward__subcmd__org__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward org show commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm_commands] )) ||
_careward__subcmd__perm_commands() {
    local commands; commands=(
'check:May the acting member do ACTION to TARGET? Exit 0 if allowed, 3 if denied' \
'list:List what the acting member'\''s roles grant' \
'who-can:List the members who may do ACTION to TARGET' \
'lookup:List every target of a type the acting member may ACTION (record, entry, space, member, location, team)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward perm commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__check_commands] )) ||
_careward__subcmd__perm__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'careward perm check commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__help_commands] )) ||
_careward__subcmd__perm__subcmd__help_commands() {
    local commands; commands=(
'check:May the acting member do ACTION to TARGET? Exit 0 if allowed, 3 if denied' \
'list:List what the acting member'\''s roles grant' \
'who-can:List the members who may do ACTION to TARGET' \
'lookup:List every target of a type the acting member may ACTION (record, entry, space, member, location, team)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward perm help commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__help__subcmd__check_commands] )) ||
_careward__subcmd__perm__subcmd__help__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'careward perm help check commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__perm__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward perm help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__perm__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward perm help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__help__subcmd__lookup_commands] )) ||
_careward__subcmd__perm__subcmd__help__subcmd__lookup_commands() {
    local commands; commands=()
    _describe -t commands 'careward perm help lookup commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__help__subcmd__who-can_commands] )) ||
_careward__subcmd__perm__subcmd__help__subcmd__who-can_commands() {
    local commands; commands=()
    _describe -t commands 'careward perm help who-can commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__list_commands] )) ||
_careward__subcmd__perm__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward perm list commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__lookup_commands] )) ||
_careward__subcmd__perm__subcmd__lookup_commands() {
    local commands; commands=()
    _describe -t commands 'careward perm lookup commands' commands "$@"
}
(( $+functions[_careward__subcmd__perm__subcmd__who-can_commands] )) ||
_careward__subcmd__perm__subcmd__who-can_commands() {
    local commands; commands=()
    _describe -t commands 'careward perm who-can commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint_commands] )) ||
_careward__subcmd__pinpoint_commands() {
    local commands; commands=(
'create:Add a pinpoint to the library (Manage permission)' \
'list:List the organisation'\''s pinpoints' \
'show:Show a pinpoint\: what it is, who made it' \
'edit:Rename a pinpoint or change its description (Manage permission)' \
'delete:Delete a pinpoint from the library (Manage permission)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward pinpoint commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__create_commands] )) ||
_careward__subcmd__pinpoint__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint create commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__delete_commands] )) ||
_careward__subcmd__pinpoint__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__edit_commands] )) ||
_careward__subcmd__pinpoint__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__help_commands] )) ||
_careward__subcmd__pinpoint__subcmd__help_commands() {
    local commands; commands=(
'create:Add a pinpoint to the library (Manage permission)' \
'list:List the organisation'\''s pinpoints' \
'show:Show a pinpoint\: what it is, who made it' \
'edit:Rename a pinpoint or change its description (Manage permission)' \
'delete:Delete a pinpoint from the library (Manage permission)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward pinpoint help commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__help__subcmd__create_commands] )) ||
_careward__subcmd__pinpoint__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint help create commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__help__subcmd__delete_commands] )) ||
_careward__subcmd__pinpoint__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint help delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__help__subcmd__edit_commands] )) ||
_careward__subcmd__pinpoint__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint help edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__pinpoint__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__pinpoint__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__pinpoint__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__list_commands] )) ||
_careward__subcmd__pinpoint__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint list commands' commands "$@"
}
(( $+functions[_careward__subcmd__pinpoint__subcmd__show_commands] )) ||
_careward__subcmd__pinpoint__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward pinpoint show commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy_commands] )) ||
_careward__subcmd__policy_commands() {
    local commands; commands=(
'list:List the built-in policies' \
'show:Show a policy\: its roles and grants, levels, support grants and constraints' \
'validate:Check a policy file\: unknown keys, actions, scopes, roles and levels are errors' \
'test:Run policy test suites\: cases of who may do what, with coverage' \
'diff:Show what each role, level and support gains and loses from one policy to another' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward policy commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__diff_commands] )) ||
_careward__subcmd__policy__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy diff commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__help_commands] )) ||
_careward__subcmd__policy__subcmd__help_commands() {
    local commands; commands=(
'list:List the built-in policies' \
'show:Show a policy\: its roles and grants, levels, support grants and constraints' \
'validate:Check a policy file\: unknown keys, actions, scopes, roles and levels are errors' \
'test:Run policy test suites\: cases of who may do what, with coverage' \
'diff:Show what each role, level and support gains and loses from one policy to another' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward policy help commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__help__subcmd__diff_commands] )) ||
_careward__subcmd__policy__subcmd__help__subcmd__diff_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy help diff commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__policy__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__policy__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__policy__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__help__subcmd__test_commands] )) ||
_careward__subcmd__policy__subcmd__help__subcmd__test_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy help test commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__help__subcmd__validate_commands] )) ||
_careward__subcmd__policy__subcmd__help__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy help validate commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__list_commands] )) ||
_careward__subcmd__policy__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy list commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__show_commands] )) ||
_careward__subcmd__policy__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy show commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__test_commands] )) ||
_careward__subcmd__policy__subcmd__test_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy test commands' commands "$@"
}
(( $+functions[_careward__subcmd__policy__subcmd__validate_commands] )) ||
_careward__subcmd__policy__subcmd__validate_commands() {
    local commands; commands=()
    _describe -t commands 'careward policy validate commands' commands "$@"
}
(( $+functions[_careward__subcmd__record_commands] )) ||
_careward__subcmd__record_commands() {
    local commands; commands=(
'create:Create a client record' \
'import:Create every record of a CSV file, or bring it up to date' \
'list:List the records you can see' \
'show:Show a record\: client, owner, location, status (not its clinical content)' \
'open:Open a record'\''s clinical content (an audited read)' \
'edit:Change a record'\''s client name, location or external id' \
'archive:Archive an active record' \
'reactivate:Bring an archived record back to active' \
'delete:Delete an archived record (it can be restored for 30 days)' \
'restore:Restore a deleted record, as archived, within 30 days' \
'confidential:Mark a whole record confidential, or not' \
'share:Share a record with a member or a team at a level (sharing again replaces the level)' \
'unshare:Stop sharing a record with a member or a team' \
'access:List who can reach a record, and through what (a share, a team, a role)' \
'leave:Give up your own share of a record' \
'transfer:Transfer a record (or all of a member'\''s records) to another member' \
'transfers:List the transfers waiting for a recipient (yours; all of them for coordinators)' \
'pending:List what a coordinator follows up\: records waiting for transfer or owned by inactive members' \
'emergency-access:Break the glass\: read access to a record for a bounded time, with a mandatory --reason' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward record commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__access_commands] )) ||
_careward__subcmd__record__subcmd__access_commands() {
    local commands; commands=()
    _describe -t commands 'careward record access commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__archive_commands] )) ||
_careward__subcmd__record__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward record archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__confidential_commands] )) ||
_careward__subcmd__record__subcmd__confidential_commands() {
    local commands; commands=()
    _describe -t commands 'careward record confidential commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__create_commands] )) ||
_careward__subcmd__record__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward record create commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__delete_commands] )) ||
_careward__subcmd__record__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward record delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__edit_commands] )) ||
_careward__subcmd__record__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward record edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__emergency-access_commands] )) ||
_careward__subcmd__record__subcmd__emergency-access_commands() {
    local commands; commands=()
    _describe -t commands 'careward record emergency-access commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help_commands] )) ||
_careward__subcmd__record__subcmd__help_commands() {
    local commands; commands=(
'create:Create a client record' \
'import:Create every record of a CSV file, or bring it up to date' \
'list:List the records you can see' \
'show:Show a record\: client, owner, location, status (not its clinical content)' \
'open:Open a record'\''s clinical content (an audited read)' \
'edit:Change a record'\''s client name, location or external id' \
'archive:Archive an active record' \
'reactivate:Bring an archived record back to active' \
'delete:Delete an archived record (it can be restored for 30 days)' \
'restore:Restore a deleted record, as archived, within 30 days' \
'confidential:Mark a whole record confidential, or not' \
'share:Share a record with a member or a team at a level (sharing again replaces the level)' \
'unshare:Stop sharing a record with a member or a team' \
'access:List who can reach a record, and through what (a share, a team, a role)' \
'leave:Give up your own share of a record' \
'transfer:Transfer a record (or all of a member'\''s records) to another member' \
'transfers:List the transfers waiting for a recipient (yours; all of them for coordinators)' \
'pending:List what a coordinator follows up\: records waiting for transfer or owned by inactive members' \
'emergency-access:Break the glass\: read access to a record for a bounded time, with a mandatory --reason' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward record help commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__access_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__access_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help access commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__archive_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__confidential_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__confidential_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help confidential commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__create_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help create commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__delete_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__edit_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__emergency-access_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__emergency-access_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help emergency-access commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__import_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help import commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__leave_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help leave commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__open_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__open_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help open commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__pending_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help pending commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__reactivate_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__reactivate_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help reactivate commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__restore_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help restore commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__share_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help share commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__transfer_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__transfer_commands() {
    local commands; commands=(
'accept:Accept a transfer waiting for you\: you become responsible for the record' \
'decline:Decline a transfer waiting for you\: nothing changes' \
    )
    _describe -t commands 'careward record help transfer commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__transfer__subcmd__accept_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__transfer__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help transfer accept commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__transfer__subcmd__decline_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__transfer__subcmd__decline_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help transfer decline commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__transfers_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__transfers_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help transfers commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__help__subcmd__unshare_commands] )) ||
_careward__subcmd__record__subcmd__help__subcmd__unshare_commands() {
    local commands; commands=()
    _describe -t commands 'careward record help unshare commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__import_commands] )) ||
_careward__subcmd__record__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'careward record import commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__leave_commands] )) ||
_careward__subcmd__record__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'careward record leave commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__list_commands] )) ||
_careward__subcmd__record__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward record list commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__open_commands] )) ||
_careward__subcmd__record__subcmd__open_commands() {
    local commands; commands=()
    _describe -t commands 'careward record open commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__pending_commands] )) ||
_careward__subcmd__record__subcmd__pending_commands() {
    local commands; commands=()
    _describe -t commands 'careward record pending commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__reactivate_commands] )) ||
_careward__subcmd__record__subcmd__reactivate_commands() {
    local commands; commands=()
    _describe -t commands 'careward record reactivate commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__restore_commands] )) ||
_careward__subcmd__record__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'careward record restore commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__share_commands] )) ||
_careward__subcmd__record__subcmd__share_commands() {
    local commands; commands=()
    _describe -t commands 'careward record share commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__show_commands] )) ||
_careward__subcmd__record__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward record show commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__transfer_commands] )) ||
_careward__subcmd__record__subcmd__transfer_commands() {
    local commands; commands=(
'accept:Accept a transfer waiting for you\: you become responsible for the record' \
'decline:Decline a transfer waiting for you\: nothing changes' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward record transfer commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__transfer__subcmd__accept_commands] )) ||
_careward__subcmd__record__subcmd__transfer__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'careward record transfer accept commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__transfer__subcmd__decline_commands] )) ||
_careward__subcmd__record__subcmd__transfer__subcmd__decline_commands() {
    local commands; commands=()
    _describe -t commands 'careward record transfer decline commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__transfer__subcmd__help_commands] )) ||
_careward__subcmd__record__subcmd__transfer__subcmd__help_commands() {
    local commands; commands=(
'accept:Accept a transfer waiting for you\: you become responsible for the record' \
'decline:Decline a transfer waiting for you\: nothing changes' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward record transfer help commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__transfer__subcmd__help__subcmd__accept_commands] )) ||
_careward__subcmd__record__subcmd__transfer__subcmd__help__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'careward record transfer help accept commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__transfer__subcmd__help__subcmd__decline_commands] )) ||
_careward__subcmd__record__subcmd__transfer__subcmd__help__subcmd__decline_commands() {
    local commands; commands=()
    _describe -t commands 'careward record transfer help decline commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__transfer__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__record__subcmd__transfer__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward record transfer help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__transfers_commands] )) ||
_careward__subcmd__record__subcmd__transfers_commands() {
    local commands; commands=()
    _describe -t commands 'careward record transfers commands' commands "$@"
}
(( $+functions[_careward__subcmd__record__subcmd__unshare_commands] )) ||
_careward__subcmd__record__subcmd__unshare_commands() {
    local commands; commands=()
    _describe -t commands 'careward record unshare commands' commands "$@"
}
(( $+functions[_careward__subcmd__report_commands] )) ||
_careward__subcmd__report_commands() {
    local commands; commands=(
'summary:Count measurements per performer and pinpoint over a period, across the performers you can read' \
'chart:List one performer'\''s measurements, pinpoint by pinpoint\: the data behind their charts' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward report commands' commands "$@"
}
(( $+functions[_careward__subcmd__report__subcmd__chart_commands] )) ||
_careward__subcmd__report__subcmd__chart_commands() {
    local commands; commands=()
    _describe -t commands 'careward report chart commands' commands "$@"
}
(( $+functions[_careward__subcmd__report__subcmd__help_commands] )) ||
_careward__subcmd__report__subcmd__help_commands() {
    local commands; commands=(
'summary:Count measurements per performer and pinpoint over a period, across the performers you can read' \
'chart:List one performer'\''s measurements, pinpoint by pinpoint\: the data behind their charts' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward report help commands' commands "$@"
}
(( $+functions[_careward__subcmd__report__subcmd__help__subcmd__chart_commands] )) ||
_careward__subcmd__report__subcmd__help__subcmd__chart_commands() {
    local commands; commands=()
    _describe -t commands 'careward report help chart commands' commands "$@"
}
(( $+functions[_careward__subcmd__report__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__report__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward report help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__report__subcmd__help__subcmd__summary_commands] )) ||
_careward__subcmd__report__subcmd__help__subcmd__summary_commands() {
    local commands; commands=()
    _describe -t commands 'careward report help summary commands' commands "$@"
}
(( $+functions[_careward__subcmd__report__subcmd__summary_commands] )) ||
_careward__subcmd__report__subcmd__summary_commands() {
    local commands; commands=()
    _describe -t commands 'careward report summary commands' commands "$@"
}
(( $+functions[_careward__subcmd__role_commands] )) ||
_careward__subcmd__role_commands() {
    local commands; commands=(
'assign:Give a member one or more roles' \
'remove:Take a role away from a member' \
'list:List the policy'\''s roles with their holders, or one member'\''s roles' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward role commands' commands "$@"
}
(( $+functions[_careward__subcmd__role__subcmd__assign_commands] )) ||
_careward__subcmd__role__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward role assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__role__subcmd__help_commands] )) ||
_careward__subcmd__role__subcmd__help_commands() {
    local commands; commands=(
'assign:Give a member one or more roles' \
'remove:Take a role away from a member' \
'list:List the policy'\''s roles with their holders, or one member'\''s roles' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward role help commands' commands "$@"
}
(( $+functions[_careward__subcmd__role__subcmd__help__subcmd__assign_commands] )) ||
_careward__subcmd__role__subcmd__help__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward role help assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__role__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__role__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward role help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__role__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__role__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward role help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__role__subcmd__help__subcmd__remove_commands] )) ||
_careward__subcmd__role__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward role help remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__role__subcmd__list_commands] )) ||
_careward__subcmd__role__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward role list commands' commands "$@"
}
(( $+functions[_careward__subcmd__role__subcmd__remove_commands] )) ||
_careward__subcmd__role__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward role remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__space_commands] )) ||
_careward__subcmd__space_commands() {
    local commands; commands=(
'create:Create a collaborative space, standalone or from a record' \
'list:List your spaces' \
'show:Show a space\: its name, record and status' \
'invite:Invite a member or a team into a space' \
'members:List a space'\''s members' \
'leave:Leave a space' \
'archive:Archive a space you created' \
'post:Post to a space\: a note, an observation or a document (its metadata)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward space commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__archive_commands] )) ||
_careward__subcmd__space__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward space archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__create_commands] )) ||
_careward__subcmd__space__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward space create commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help_commands] )) ||
_careward__subcmd__space__subcmd__help_commands() {
    local commands; commands=(
'create:Create a collaborative space, standalone or from a record' \
'list:List your spaces' \
'show:Show a space\: its name, record and status' \
'invite:Invite a member or a team into a space' \
'members:List a space'\''s members' \
'leave:Leave a space' \
'archive:Archive a space you created' \
'post:Post to a space\: a note, an observation or a document (its metadata)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward space help commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help__subcmd__archive_commands] )) ||
_careward__subcmd__space__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward space help archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help__subcmd__create_commands] )) ||
_careward__subcmd__space__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward space help create commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__space__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward space help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help__subcmd__invite_commands] )) ||
_careward__subcmd__space__subcmd__help__subcmd__invite_commands() {
    local commands; commands=()
    _describe -t commands 'careward space help invite commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help__subcmd__leave_commands] )) ||
_careward__subcmd__space__subcmd__help__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'careward space help leave commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__space__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward space help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help__subcmd__members_commands] )) ||
_careward__subcmd__space__subcmd__help__subcmd__members_commands() {
    local commands; commands=()
    _describe -t commands 'careward space help members commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help__subcmd__post_commands] )) ||
_careward__subcmd__space__subcmd__help__subcmd__post_commands() {
    local commands; commands=()
    _describe -t commands 'careward space help post commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__space__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward space help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__invite_commands] )) ||
_careward__subcmd__space__subcmd__invite_commands() {
    local commands; commands=()
    _describe -t commands 'careward space invite commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__leave_commands] )) ||
_careward__subcmd__space__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'careward space leave commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__list_commands] )) ||
_careward__subcmd__space__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward space list commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__members_commands] )) ||
_careward__subcmd__space__subcmd__members_commands() {
    local commands; commands=()
    _describe -t commands 'careward space members commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__post_commands] )) ||
_careward__subcmd__space__subcmd__post_commands() {
    local commands; commands=()
    _describe -t commands 'careward space post commands' commands "$@"
}
(( $+functions[_careward__subcmd__space__subcmd__show_commands] )) ||
_careward__subcmd__space__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward space show commands' commands "$@"
}
(( $+functions[_careward__subcmd__store_commands] )) ||
_careward__subcmd__store_commands() {
    local commands; commands=(
'backup:Write a consistent copy of the whole store to FILE, while others go on writing' \
'copy:Copy organisations and their audit trails into another store, and verify the copy' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward store commands' commands "$@"
}
(( $+functions[_careward__subcmd__store__subcmd__backup_commands] )) ||
_careward__subcmd__store__subcmd__backup_commands() {
    local commands; commands=()
    _describe -t commands 'careward store backup commands' commands "$@"
}
(( $+functions[_careward__subcmd__store__subcmd__copy_commands] )) ||
_careward__subcmd__store__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'careward store copy commands' commands "$@"
}
(( $+functions[_careward__subcmd__store__subcmd__help_commands] )) ||
_careward__subcmd__store__subcmd__help_commands() {
    local commands; commands=(
'backup:Write a consistent copy of the whole store to FILE, while others go on writing' \
'copy:Copy organisations and their audit trails into another store, and verify the copy' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward store help commands' commands "$@"
}
(( $+functions[_careward__subcmd__store__subcmd__help__subcmd__backup_commands] )) ||
_careward__subcmd__store__subcmd__help__subcmd__backup_commands() {
    local commands; commands=()
    _describe -t commands 'careward store help backup commands' commands "$@"
}
(( $+functions[_careward__subcmd__store__subcmd__help__subcmd__copy_commands] )) ||
_careward__subcmd__store__subcmd__help__subcmd__copy_commands() {
    local commands; commands=()
    _describe -t commands 'careward store help copy commands' commands "$@"
}
(( $+functions[_careward__subcmd__store__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__store__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward store help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag_commands] )) ||
_careward__subcmd__tag_commands() {
    local commands; commands=(
'assign:Put a tag on a performer, an entry (chart, journal), a user or a pinpoint' \
'unassign:Take a tag off what it is on' \
'create:Add a tag to the library (Manage permission)' \
'list:List the organisation'\''s tags' \
'show:Show a tag\: what it is, who made it' \
'edit:Rename a tag or change its description (Manage permission)' \
'delete:Delete a tag from the library (Manage permission)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward tag commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__assign_commands] )) ||
_careward__subcmd__tag__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__create_commands] )) ||
_careward__subcmd__tag__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag create commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__delete_commands] )) ||
_careward__subcmd__tag__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__edit_commands] )) ||
_careward__subcmd__tag__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__help_commands] )) ||
_careward__subcmd__tag__subcmd__help_commands() {
    local commands; commands=(
'assign:Put a tag on a performer, an entry (chart, journal), a user or a pinpoint' \
'unassign:Take a tag off what it is on' \
'create:Add a tag to the library (Manage permission)' \
'list:List the organisation'\''s tags' \
'show:Show a tag\: what it is, who made it' \
'edit:Rename a tag or change its description (Manage permission)' \
'delete:Delete a tag from the library (Manage permission)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward tag help commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__help__subcmd__assign_commands] )) ||
_careward__subcmd__tag__subcmd__help__subcmd__assign_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag help assign commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__help__subcmd__create_commands] )) ||
_careward__subcmd__tag__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag help create commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__help__subcmd__delete_commands] )) ||
_careward__subcmd__tag__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag help delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__help__subcmd__edit_commands] )) ||
_careward__subcmd__tag__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag help edit commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__tag__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__tag__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__tag__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__help__subcmd__unassign_commands] )) ||
_careward__subcmd__tag__subcmd__help__subcmd__unassign_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag help unassign commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__list_commands] )) ||
_careward__subcmd__tag__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag list commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__show_commands] )) ||
_careward__subcmd__tag__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag show commands' commands "$@"
}
(( $+functions[_careward__subcmd__tag__subcmd__unassign_commands] )) ||
_careward__subcmd__tag__subcmd__unassign_commands() {
    local commands; commands=()
    _describe -t commands 'careward tag unassign commands' commands "$@"
}
(( $+functions[_careward__subcmd__team_commands] )) ||
_careward__subcmd__team_commands() {
    local commands; commands=(
'create:Create a work team' \
'list:List the work teams' \
'show:Show a team and its members' \
'add:Add members to a team' \
'remove:Take a member out of a team' \
'rename:Rename a team' \
'archive:Archive a team\: its shares stop reaching its members' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward team commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__add_commands] )) ||
_careward__subcmd__team__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'careward team add commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__archive_commands] )) ||
_careward__subcmd__team__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward team archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__create_commands] )) ||
_careward__subcmd__team__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward team create commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__help_commands] )) ||
_careward__subcmd__team__subcmd__help_commands() {
    local commands; commands=(
'create:Create a work team' \
'list:List the work teams' \
'show:Show a team and its members' \
'add:Add members to a team' \
'remove:Take a member out of a team' \
'rename:Rename a team' \
'archive:Archive a team\: its shares stop reaching its members' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward team help commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__help__subcmd__add_commands] )) ||
_careward__subcmd__team__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'careward team help add commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__help__subcmd__archive_commands] )) ||
_careward__subcmd__team__subcmd__help__subcmd__archive_commands() {
    local commands; commands=()
    _describe -t commands 'careward team help archive commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__help__subcmd__create_commands] )) ||
_careward__subcmd__team__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'careward team help create commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__team__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward team help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__team__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward team help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__help__subcmd__remove_commands] )) ||
_careward__subcmd__team__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward team help remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__help__subcmd__rename_commands] )) ||
_careward__subcmd__team__subcmd__help__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'careward team help rename commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__team__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward team help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__list_commands] )) ||
_careward__subcmd__team__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward team list commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__remove_commands] )) ||
_careward__subcmd__team__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'careward team remove commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__rename_commands] )) ||
_careward__subcmd__team__subcmd__rename_commands() {
    local commands; commands=()
    _describe -t commands 'careward team rename commands' commands "$@"
}
(( $+functions[_careward__subcmd__team__subcmd__show_commands] )) ||
_careward__subcmd__team__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward team show commands' commands "$@"
}
(( $+functions[_careward__subcmd__view_commands] )) ||
_careward__subcmd__view_commands() {
    local commands; commands=(
'save:Save an organisation view (replacing one of the same name) that everyone can select' \
'list:List the organisation'\''s saved views' \
'show:Show a saved view\: its settings, who saved it' \
'delete:Delete a saved view (Manage Org Chart Views / Reporting Views)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward view commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__delete_commands] )) ||
_careward__subcmd__view__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward view delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__help_commands] )) ||
_careward__subcmd__view__subcmd__help_commands() {
    local commands; commands=(
'save:Save an organisation view (replacing one of the same name) that everyone can select' \
'list:List the organisation'\''s saved views' \
'show:Show a saved view\: its settings, who saved it' \
'delete:Delete a saved view (Manage Org Chart Views / Reporting Views)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'careward view help commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__help__subcmd__delete_commands] )) ||
_careward__subcmd__view__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'careward view help delete commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__help__subcmd__help_commands] )) ||
_careward__subcmd__view__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'careward view help help commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__help__subcmd__list_commands] )) ||
_careward__subcmd__view__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward view help list commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__help__subcmd__save_commands] )) ||
_careward__subcmd__view__subcmd__help__subcmd__save_commands() {
    local commands; commands=()
    _describe -t commands 'careward view help save commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__help__subcmd__show_commands] )) ||
_careward__subcmd__view__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward view help show commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__list_commands] )) ||
_careward__subcmd__view__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'careward view list commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__save_commands] )) ||
_careward__subcmd__view__subcmd__save_commands() {
    local commands; commands=()
    _describe -t commands 'careward view save commands' commands "$@"
}
(( $+functions[_careward__subcmd__view__subcmd__show_commands] )) ||
_careward__subcmd__view__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'careward view show commands' commands "$@"
}

if [ "$funcstack[1]" = "_careward" ]; then
    _careward "$@"
else
    compdef _careward careward
fi
