# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_careward_global_optspecs
    string join \n db= org= as= reason= format= wide dry-run q/quiet busy-timeout= h/help V/version
end

function __fish_careward_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_careward_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_careward_using_subcommand
    set -l cmd (__fish_careward_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c careward -n "__fish_careward_needs_command" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_needs_command" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_needs_command" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_needs_command" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_needs_command" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_needs_command" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_needs_command" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_needs_command" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_needs_command" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_needs_command" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_needs_command" -f -a "org" -d 'Create and inspect organisations'
complete -c careward -n "__fish_careward_needs_command" -f -a "member" -d 'Invite members and manage their lifecycle'
complete -c careward -n "__fish_careward_needs_command" -f -a "role" -d 'Assign and remove members\' roles'
complete -c careward -n "__fish_careward_needs_command" -f -a "location" -d 'Locations (schools) and who is assigned to them'
complete -c careward -n "__fish_careward_needs_command" -f -a "team" -d 'Work teams: share records with several members at once'
complete -c careward -n "__fish_careward_needs_command" -f -a "group" -d 'Groups of performers, and tiers granted on a group (policies with groups)'
complete -c careward -n "__fish_careward_needs_command" -f -a "pinpoint" -d 'The organisation\'s pinpoint library (policies with one)'
complete -c careward -n "__fish_careward_needs_command" -f -a "tag" -d 'The organisation\'s tag library, and tags on performers, entries, users and pinpoints'
complete -c careward -n "__fish_careward_needs_command" -f -a "journal-type" -d 'The organisation\'s journal types (policies with them)'
complete -c careward -n "__fish_careward_needs_command" -f -a "report" -d 'The reporting tool: counts of chart data across the performers you can read'
complete -c careward -n "__fish_careward_needs_command" -f -a "view" -d 'The organisation\'s saved chart and reporting views'
complete -c careward -n "__fish_careward_needs_command" -f -a "record" -d 'Client records (performers, under behavior-charts): create, share, transfer, archive'
complete -c careward -n "__fish_careward_needs_command" -f -a "performer" -d 'Client records (performers, under behavior-charts): create, share, transfer, archive'
complete -c careward -n "__fish_careward_needs_command" -f -a "entry" -d 'A record\'s entries: notes, documents, invoices (metadata only)'
complete -c careward -n "__fish_careward_needs_command" -f -a "note" -d 'Approve the notes of the members you supervise'
complete -c careward -n "__fish_careward_needs_command" -f -a "space" -d 'Collaborative spaces: exchanges around a client without access to their record'
complete -c careward -n "__fish_careward_needs_command" -f -a "assistant" -d 'Assign assistants to the whole organisation or to specific therapists'
complete -c careward -n "__fish_careward_needs_command" -f -a "perm" -d 'Ask the policy: may this member do this?'
complete -c careward -n "__fish_careward_needs_command" -f -a "policy" -d 'List, show and validate policies'
complete -c careward -n "__fish_careward_needs_command" -f -a "audit" -d 'Read and verify the audit trail'
complete -c careward -n "__fish_careward_needs_command" -f -a "store" -d 'The store as a whole: back it up while others write, copy organisations to another'
complete -c careward -n "__fish_careward_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c careward -n "__fish_careward_needs_command" -f -a "config" -d 'Show the settings in force (configuration file, environment, flags)'
complete -c careward -n "__fish_careward_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -f -a "init" -d 'Create an organisation and its first administrator'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -f -a "seed" -d 'Build a whole organisation from a YAML file (members, locations, teams, records, shares)'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -f -a "export" -d 'Write the organisation as a file that `org seed` reads'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -f -a "list" -d 'List the organisations the acting member belongs to'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -f -a "show" -d 'Show the organisation: kind, policy, plan, seats and members by status'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -f -a "set" -d 'Change the organisation\'s plan: free, or a number of seats (needs billing.manage)'
complete -c careward -n "__fish_careward_using_subcommand org; and not __fish_seen_subcommand_from init seed export list show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l name -d 'The organisation\'s display name' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l kind -d 'clinic, or school (school service centres; the manager role needs one)' -r -f -a "clinic\t''
school\t''"
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l policy -d 'A built-in policy (see `careward policy list`) or a policy file' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l admin -d 'The first administrator\'s email; they are active at once' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l admin-name -d 'The first administrator\'s name' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l seats -d 'Seats on a paid plan; without it, the free plan (members are not limited)' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l invitations -d 'Invitations the plan allows; each invitation sent uses one [default: no limit]' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -l replace -d 'Rebuild an organisation of the same slug that differs from the file (its rows are deleted and seeded again, in one transaction; audited as org.replace)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from seed" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -l redact -d 'Replace client names, member names, emails and external ids'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l plan -d 'The plan; --seats N alone means the seats plan' -r -f -a "free\t''
seats\t''"
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l seats -d 'The number of seats of the seats plan' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create an organisation and its first administrator'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "seed" -d 'Build a whole organisation from a YAML file (members, locations, teams, records, shares)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the organisation as a file that `org seed` reads'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organisations the acting member belongs to'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the organisation: kind, policy, plan, seats and members by status'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "set" -d 'Change the organisation\'s plan: free, or a number of seats (needs billing.manage)'
complete -c careward -n "__fish_careward_using_subcommand org; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "invite" -d 'Invite a member with one or more roles, or every member of a CSV file'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "accept" -d 'Accept your own invitation (run as the invited member)'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "cancel" -d 'Cancel an invitation that was not accepted yet'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "list" -d 'List members, filtered by role, status or a search text'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "show" -d 'Show a member: roles, principal role, status and since when'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "edit" -d 'Change a member\'s name or professional title'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "deactivate" -d 'Remove a member\'s access ("remove access"); their data stays and they can be reactivated'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "reactivate" -d 'Give a deactivated member their access back'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "remove" -d 'Remove a deactivated member for good (their history stays in the audit log)'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "overview" -d 'The members with their record counts, institutional and confidential (the coordinator\'s overview)'
complete -c careward -n "__fish_careward_using_subcommand member; and not __fish_seen_subcommand_from invite accept cancel list show edit deactivate reactivate remove overview help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l role -d 'A role to give (repeat for several); with --csv, the roles of rows whose roles cell is empty' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l principal -d 'The principal role, when the member holds several' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l name -d 'The member\'s name' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l title -d 'The member\'s professional title' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l csv -d 'Invite every member of a CSV file (- reads standard input): a header naming the columns email, name, title, roles, principal, status, locations, teams (and, where the policy reads them, user_type, access, permissions); or the product\'s own file, email;roles without a header' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l on-error -d 'With --csv: what a bad row does: stop (nothing is imported) or continue (the other rows are imported, the bad ones written to --rejects)' -r -f -a "stop\t''
continue\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l rejects -d 'With --on-error continue: the file to write rejected rows to, to fix and import' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l accepted -d 'Create the member already active (seeding, migrations); with --csv, the status of rows whose status cell is empty'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l update -d 'With --csv: bring existing members\' name, title and roles to the file\'s values'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from accept" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from cancel" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l role -d 'Only members holding this role' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l status -d 'Only members in this state; removed members are listed only with --status removed' -r -f -a "invited\t''
active\t''
inactive\t''
removed\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l search -d 'Only members whose email or name contains this text' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l name -d 'The new name' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l title -d 'The new professional title' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l type -d 'A role of the policy\'s profile groups, replacing the member\'s current one (under behavior-charts, the user type: full-access, single-client, read-only)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l transfer-to -d 'Move all their records to this member first, in the same step (a departure)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l keep-copy -d 'With --transfer-to: they keep read-only archived copies of their records, with what is not carried'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l discard-excluded -d 'With --transfer-to: delete what the transfer does not carry (invoices, tasks…), knowingly'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from deactivate" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from overview" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite a member with one or more roles, or every member of a CSV file'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Accept your own invitation (run as the invited member)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "cancel" -d 'Cancel an invitation that was not accepted yet'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "list" -d 'List members, filtered by role, status or a search text'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a member: roles, principal role, status and since when'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a member\'s name or professional title'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "deactivate" -d 'Remove a member\'s access ("remove access"); their data stays and they can be reactivated'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Give a deactivated member their access back'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a deactivated member for good (their history stays in the audit log)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "overview" -d 'The members with their record counts, institutional and confidential (the coordinator\'s overview)'
complete -c careward -n "__fish_careward_using_subcommand member; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -f -a "assign" -d 'Give a member one or more roles'
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -f -a "remove" -d 'Take a role away from a member'
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -f -a "list" -d 'List the policy\'s roles with their holders, or one member\'s roles'
complete -c careward -n "__fish_careward_using_subcommand role; and not __fish_seen_subcommand_from assign remove list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -l principal -d 'The member\'s principal role afterwards, when they hold several' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -l principal -d 'The member\'s principal role afterwards, when they still hold several' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Give a member one or more roles'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take a role away from a member'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the policy\'s roles with their holders, or one member\'s roles'
complete -c careward -n "__fish_careward_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -f -a "create" -d 'Create a location (a school, in a school organisation)'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -f -a "list" -d 'List the locations'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -f -a "show" -d 'Show a location and who is assigned to it'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -f -a "edit" -d 'Rename a location, or bring an archived one back'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -f -a "archive" -d 'Archive a location (its records and members stay)'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -f -a "assign" -d 'Assign a member to a location'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -f -a "unassign" -d 'Take a member off a location'
complete -c careward -n "__fish_careward_using_subcommand location; and not __fish_seen_subcommand_from create list show edit archive assign unassign help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -l name -d 'The location\'s name' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -l all -d 'Include archived locations'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l name -d 'The new name' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l active -d 'Make an archived location active again'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from unassign" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a location (a school, in a school organisation)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the locations'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a location and who is assigned to it'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rename a location, or bring an archived one back'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a location (its records and members stay)'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Assign a member to a location'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Take a member off a location'
complete -c careward -n "__fish_careward_using_subcommand location; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -f -a "create" -d 'Create a work team'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -f -a "list" -d 'List the work teams'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -f -a "show" -d 'Show a team and its members'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -f -a "add" -d 'Add members to a team'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -f -a "remove" -d 'Take a member out of a team'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -f -a "rename" -d 'Rename a team'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -f -a "archive" -d 'Archive a team: its shares stop reaching its members'
complete -c careward -n "__fish_careward_using_subcommand team; and not __fish_seen_subcommand_from create list show add remove rename archive help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -l name -d 'The team\'s name' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -l all -d 'Include archived teams'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a work team'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the work teams'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a team and its members'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add members to a team'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take a member out of a team'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Rename a team'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a team: its shares stop reaching its members'
complete -c careward -n "__fish_careward_using_subcommand team; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -f -a "create" -d 'Create a group of performers (Create Groups)'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -f -a "list" -d 'List the groups of performers, with how many of their performers you can see'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -f -a "show" -d 'Show a group: its performers that you can see, and its shares (to whoever manages groups)'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -f -a "add" -d 'Put performers in a group (they get the tiers granted on it)'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -f -a "remove" -d 'Take performers out of a group (the tiers granted on it stop reaching them)'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -f -a "share" -d 'Grant a tier on a group to a member or a team: it reaches every performer in the group'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -f -a "unshare" -d 'Take a tier on a group away from a member or a team'
complete -c careward -n "__fish_careward_using_subcommand group; and not __fish_seen_subcommand_from create list show add remove share unshare help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -l name -d 'The group\'s name' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l with -d 'The member' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l team -d 'The work team' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l level -d 'The tier: tier1, tier2, tier3 or tier4 (the policy\'s levels)' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from share" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l with -d 'The member' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l team -d 'The work team' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from unshare" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group of performers (Create Groups)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the groups of performers, with how many of their performers you can see'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a group: its performers that you can see, and its shares (to whoever manages groups)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "add" -d 'Put performers in a group (they get the tiers granted on it)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Take performers out of a group (the tiers granted on it stop reaching them)'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "share" -d 'Grant a tier on a group to a member or a team: it reaches every performer in the group'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "unshare" -d 'Take a tier on a group away from a member or a team'
complete -c careward -n "__fish_careward_using_subcommand group; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "create" -d 'Add a pinpoint to the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "list" -d 'List the organisation\'s pinpoints'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "show" -d 'Show a pinpoint: what it is, who made it'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "edit" -d 'Rename a pinpoint or change its description (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "delete" -d 'Delete a pinpoint from the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -l description -d 'What it is for' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l name -d 'A new name' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l description -d 'A new description' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a pinpoint to the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organisation\'s pinpoints'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a pinpoint: what it is, who made it'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rename a pinpoint or change its description (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a pinpoint from the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand pinpoint; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -f -a "assign" -d 'Put a tag on a performer, an entry (chart, journal), a user or a pinpoint'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -f -a "unassign" -d 'Take a tag off what it is on'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -f -a "create" -d 'Add a tag to the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -f -a "list" -d 'List the organisation\'s tags'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -f -a "show" -d 'Show a tag: what it is, who made it'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -f -a "edit" -d 'Rename a tag or change its description (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -f -a "delete" -d 'Delete a tag from the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand tag; and not __fish_seen_subcommand_from assign unassign create list show edit delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from unassign" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -l description -d 'What it is for' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l name -d 'A new name' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l description -d 'A new description' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Put a tag on a performer, an entry (chart, journal), a user or a pinpoint'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Take a tag off what it is on'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a tag to the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organisation\'s tags'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a tag: what it is, who made it'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rename a tag or change its description (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a tag from the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand tag; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "create" -d 'Add a journal type to the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "list" -d 'List the organisation\'s journal types'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "show" -d 'Show a journal type: what it is, who made it'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "edit" -d 'Rename a journal type or change its description (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "delete" -d 'Delete a journal type from the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and not __fish_seen_subcommand_from create list show edit delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -l description -d 'What it is for' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l name -d 'A new name' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l description -d 'A new description' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from help" -f -a "create" -d 'Add a journal type to the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organisation\'s journal types'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a journal type: what it is, who made it'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rename a journal type or change its description (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a journal type from the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand journal-type; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -f -a "summary" -d 'Count measurements per performer and pinpoint over a period, across the performers you can read'
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -f -a "chart" -d 'List one performer\'s measurements, pinpoint by pinpoint: the data behind their charts'
complete -c careward -n "__fish_careward_using_subcommand report; and not __fish_seen_subcommand_from summary chart help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l since -d 'From this day (YYYY-MM-DD) or time (RFC 3339) on' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l until -d 'Before this day or time' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l pinpoint -d 'Only these pinpoints (repeat the option for several)' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l view -d 'Start from a saved reporting view (options given here narrow it further)' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from summary" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l since -d 'From this day (YYYY-MM-DD) or time (RFC 3339) on' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l until -d 'Before this day or time' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l pinpoint -d 'Only these pinpoints (repeat the option for several)' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l view -d 'Start from a saved chart view' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from chart" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "summary" -d 'Count measurements per performer and pinpoint over a period, across the performers you can read'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "chart" -d 'List one performer\'s measurements, pinpoint by pinpoint: the data behind their charts'
complete -c careward -n "__fish_careward_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -f -a "save" -d 'Save an organisation view (replacing one of the same name) that everyone can select'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -f -a "list" -d 'List the organisation\'s saved views'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -f -a "show" -d 'Show a saved view: its settings, who saved it'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -f -a "delete" -d 'Delete a saved view (Manage Org Chart Views / Reporting Views)'
complete -c careward -n "__fish_careward_using_subcommand view; and not __fish_seen_subcommand_from save list show delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l kind -d 'chart (for `report chart`) or reporting (for `report summary`)' -r -f -a "chart\t''
reporting\t''"
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l since -d 'From this day (YYYY-MM-DD) or time (RFC 3339) on' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l until -d 'Before this day or time' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l pinpoint -d 'Only these pinpoints (repeat the option for several)' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from save" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -l kind -d 'Only views of this kind' -r -f -a "chart\t''
reporting\t''"
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -l kind -d 'chart or reporting' -r -f -a "chart\t''
reporting\t''"
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -l kind -d 'chart or reporting' -r -f -a "chart\t''
reporting\t''"
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "save" -d 'Save an organisation view (replacing one of the same name) that everyone can select'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the organisation\'s saved views'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a saved view: its settings, who saved it'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a saved view (Manage Org Chart Views / Reporting Views)'
complete -c careward -n "__fish_careward_using_subcommand view; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "create" -d 'Create a client record'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "import" -d 'Create every record of a CSV file, or bring it up to date'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "list" -d 'List the records you can see'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "show" -d 'Show a record: client, owner, location, status (not its clinical content)'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "open" -d 'Open a record\'s clinical content (an audited read)'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "edit" -d 'Change a record\'s client name, location or external id'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "archive" -d 'Archive an active record'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "reactivate" -d 'Bring an archived record back to active'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "delete" -d 'Delete an archived record (it can be restored for 30 days)'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "restore" -d 'Restore a deleted record, as archived, within 30 days'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "confidential" -d 'Mark a whole record confidential, or not'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "share" -d 'Share a record with a member or a team at a level (sharing again replaces the level)'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "unshare" -d 'Stop sharing a record with a member or a team'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "access" -d 'List who can reach a record, and through what (a share, a team, a role)'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "leave" -d 'Give up your own share of a record'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "transfer" -d 'Transfer a record (or all of a member\'s records) to another member'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "transfers" -d 'List the transfers waiting for a recipient (yours; all of them for coordinators)'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "pending" -d 'List what a coordinator follows up: records waiting for transfer or owned by inactive members'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "emergency-access" -d 'Break the glass: read access to a record for a bounded time, with a mandatory --reason'
complete -c careward -n "__fish_careward_using_subcommand record; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l client -d 'The client\'s (or student\'s) display name' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l owner -d 'The member responsible for it [default: you]' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l location -d 'The location (school) it belongs to' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l external-id -d 'An identifier from another system, usable as ext:ID' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l confidential -d 'Mark the whole record confidential'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l csv -d 'The CSV file (- reads standard input): a header naming the columns client, owner, location, confidential, external_id' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l on-error -d 'With --csv: what a bad row does: stop (nothing is imported) or continue (the other rows are imported, the bad ones written to --rejects)' -r -f -a "stop\t''
continue\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l rejects -d 'With --on-error continue: the file to write rejected rows to, to fix and import' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l update -d 'Bring records already there (by external_id) to the file\'s client, location and confidentiality; their owner changes only by transfer'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l owner -d 'Only records owned by this member' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l location -d 'Only records at this location' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l status -d 'Only records in this state' -r -f -a "active\t''
archived\t''
deleted\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l confidential -d 'Only confidential (yes) or only institutional (no) records' -r -f -a "yes\t''
no\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l client -d 'The client\'s display name' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l location -d 'The location (school) it belongs to' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l external-id -d 'The identifier from another system' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l no-location -d 'Take the record off its location'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from confidential" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l with -d 'The member' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l team -d 'The work team' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l level -d 'The level: read, write or full (the policy\'s levels)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l until -d 'The share ends at this time: 2w (from now), tomorrow, 2026-12-31 (that day\'s local start), or RFC 3339' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l require-approval -d 'The notes this member writes wait for your approval (interns, doctoral students)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l lift-approval -d 'Their notes no longer wait for approval (the owner, or who required it)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from share" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l with -d 'The member' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l team -d 'The work team' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from unshare" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from access" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l to -d 'The member who becomes responsible for it' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l all-from -d 'Move every active record of this member at once' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l location -d 'With --all-from: only the records at this location' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l include-confidential -d 'Carry confidential notes and documents (with --all-from: confidential records too)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l include-raw-data -d 'Carry raw data'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l keep-copy -d 'The previous owner keeps a read-only archived copy with everything, what is not carried included'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l discard-excluded -d 'Delete what the transfer does not carry, knowingly (without it, careward refuses to)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -a "accept" -d 'Accept a transfer waiting for you: you become responsible for the record'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -a "decline" -d 'Decline a transfer waiting for you: nothing changes'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfer" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from transfers" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from pending" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l for -d 'How long: 30m, 1h30m, 8h [default: the policy\'s, one hour in group-practice]' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l list -d 'List the active and past emergency grants (yours; all of them if you read the audit trail)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from emergency-access" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a client record'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create every record of a CSV file, or bring it up to date'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the records you can see'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a record: client, owner, location, status (not its clinical content)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a record\'s clinical content (an audited read)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a record\'s client name, location or external id'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an active record'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Bring an archived record back to active'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an archived record (it can be restored for 30 days)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a deleted record, as archived, within 30 days'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "confidential" -d 'Mark a whole record confidential, or not'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "share" -d 'Share a record with a member or a team at a level (sharing again replaces the level)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "unshare" -d 'Stop sharing a record with a member or a team'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "access" -d 'List who can reach a record, and through what (a share, a team, a role)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Give up your own share of a record'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Transfer a record (or all of a member\'s records) to another member'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "transfers" -d 'List the transfers waiting for a recipient (yours; all of them for coordinators)'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "pending" -d 'List what a coordinator follows up: records waiting for transfer or owned by inactive members'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "emergency-access" -d 'Break the glass: read access to a record for a bounded time, with a mandatory --reason'
complete -c careward -n "__fish_careward_using_subcommand record; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "create" -d 'Create a client record'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "import" -d 'Create every record of a CSV file, or bring it up to date'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "list" -d 'List the records you can see'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "show" -d 'Show a record: client, owner, location, status (not its clinical content)'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "open" -d 'Open a record\'s clinical content (an audited read)'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "edit" -d 'Change a record\'s client name, location or external id'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "archive" -d 'Archive an active record'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "reactivate" -d 'Bring an archived record back to active'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "delete" -d 'Delete an archived record (it can be restored for 30 days)'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "restore" -d 'Restore a deleted record, as archived, within 30 days'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "confidential" -d 'Mark a whole record confidential, or not'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "share" -d 'Share a record with a member or a team at a level (sharing again replaces the level)'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "unshare" -d 'Stop sharing a record with a member or a team'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "access" -d 'List who can reach a record, and through what (a share, a team, a role)'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "leave" -d 'Give up your own share of a record'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "transfer" -d 'Transfer a record (or all of a member\'s records) to another member'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "transfers" -d 'List the transfers waiting for a recipient (yours; all of them for coordinators)'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "pending" -d 'List what a coordinator follows up: records waiting for transfer or owned by inactive members'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "emergency-access" -d 'Break the glass: read access to a record for a bounded time, with a mandatory --reason'
complete -c careward -n "__fish_careward_using_subcommand performer; and not __fish_seen_subcommand_from create import list show open edit archive reactivate delete restore confidential share unshare access leave transfer transfers pending emergency-access help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l client -d 'The client\'s (or student\'s) display name' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l owner -d 'The member responsible for it [default: you]' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l location -d 'The location (school) it belongs to' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l external-id -d 'An identifier from another system, usable as ext:ID' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l confidential -d 'Mark the whole record confidential'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l csv -d 'The CSV file (- reads standard input): a header naming the columns client, owner, location, confidential, external_id' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l on-error -d 'With --csv: what a bad row does: stop (nothing is imported) or continue (the other rows are imported, the bad ones written to --rejects)' -r -f -a "stop\t''
continue\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l rejects -d 'With --on-error continue: the file to write rejected rows to, to fix and import' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l update -d 'Bring records already there (by external_id) to the file\'s client, location and confidentiality; their owner changes only by transfer'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l owner -d 'Only records owned by this member' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l location -d 'Only records at this location' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l status -d 'Only records in this state' -r -f -a "active\t''
archived\t''
deleted\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l confidential -d 'Only confidential (yes) or only institutional (no) records' -r -f -a "yes\t''
no\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l client -d 'The client\'s display name' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l location -d 'The location (school) it belongs to' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l external-id -d 'The identifier from another system' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l no-location -d 'Take the record off its location'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from reactivate" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from confidential" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l with -d 'The member' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l team -d 'The work team' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l level -d 'The level: read, write or full (the policy\'s levels)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l until -d 'The share ends at this time: 2w (from now), tomorrow, 2026-12-31 (that day\'s local start), or RFC 3339' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l require-approval -d 'The notes this member writes wait for your approval (interns, doctoral students)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l lift-approval -d 'Their notes no longer wait for approval (the owner, or who required it)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from share" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l with -d 'The member' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l team -d 'The work team' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from unshare" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from access" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l to -d 'The member who becomes responsible for it' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l all-from -d 'Move every active record of this member at once' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l location -d 'With --all-from: only the records at this location' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l include-confidential -d 'Carry confidential notes and documents (with --all-from: confidential records too)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l include-raw-data -d 'Carry raw data'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l keep-copy -d 'The previous owner keeps a read-only archived copy with everything, what is not carried included'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l discard-excluded -d 'Delete what the transfer does not carry, knowingly (without it, careward refuses to)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -a "accept" -d 'Accept a transfer waiting for you: you become responsible for the record'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -a "decline" -d 'Decline a transfer waiting for you: nothing changes'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfer" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from transfers" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from pending" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l for -d 'How long: 30m, 1h30m, 8h [default: the policy\'s, one hour in group-practice]' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l list -d 'List the active and past emergency grants (yours; all of them if you read the audit trail)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from emergency-access" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a client record'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create every record of a CSV file, or bring it up to date'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the records you can see'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a record: client, owner, location, status (not its clinical content)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "open" -d 'Open a record\'s clinical content (an audited read)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change a record\'s client name, location or external id'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive an active record'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "reactivate" -d 'Bring an archived record back to active'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an archived record (it can be restored for 30 days)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Restore a deleted record, as archived, within 30 days'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "confidential" -d 'Mark a whole record confidential, or not'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "share" -d 'Share a record with a member or a team at a level (sharing again replaces the level)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "unshare" -d 'Stop sharing a record with a member or a team'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "access" -d 'List who can reach a record, and through what (a share, a team, a role)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Give up your own share of a record'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "transfer" -d 'Transfer a record (or all of a member\'s records) to another member'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "transfers" -d 'List the transfers waiting for a recipient (yours; all of them for coordinators)'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "pending" -d 'List what a coordinator follows up: records waiting for transfer or owned by inactive members'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "emergency-access" -d 'Break the glass: read access to a record for a bounded time, with a mandatory --reason'
complete -c careward -n "__fish_careward_using_subcommand performer; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -f -a "add" -d 'Add an entry to a record (a note, a document, …)'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -f -a "list" -d 'List the entries of a record that you can read'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -f -a "show" -d 'Show an entry\'s metadata: kind, title, author, status'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -f -a "edit" -d 'Change an entry\'s title or confidentiality (as the policy allows for its kind)'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -f -a "delete" -d 'Delete an entry, where the policy gives its kind a delete action'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -f -a "submit" -d 'Submit a draft entry (a note may then wait for approval)'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -f -a "export" -d 'Export a record\'s notes (drafts included; not documents, invoices or tasks): the owner exports every one, a collaborator only their own'
complete -c careward -n "__fish_careward_using_subcommand entry; and not __fish_seen_subcommand_from add list show edit delete submit export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l kind -d 'The kind of entry (the policy\'s kinds: note, document, raw-data, invoice, …)' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l title -d 'A title' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l item -l pinpoint -l journal-type -d 'The library item it names, where the policy\'s kind names one: a chart\'s (or a measurement\'s) pinpoint, a journal\'s journal type' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l confidential -d 'Visible only to its author and the record\'s owner'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l draft -d 'Keep it as a draft (a note not submitted yet: it asks for no approval)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l title -d 'A new title' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l confidential -d 'on or off' -r -f -a "on\t''
off\t''"
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from submit" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add an entry to a record (a note, a document, …)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the entries of a record that you can read'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show an entry\'s metadata: kind, title, author, status'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Change an entry\'s title or confidentiality (as the policy allows for its kind)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an entry, where the policy gives its kind a delete action'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Submit a draft entry (a note may then wait for approval)'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export a record\'s notes (drafts included; not documents, invoices or tasks): the owner exports every one, a collaborator only their own'
complete -c careward -n "__fish_careward_using_subcommand entry; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -f -a "approve" -d 'Approve (co-sign) a note waiting for your approval'
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -f -a "pending" -d 'List the notes waiting for your approval, and yours waiting for someone\'s'
complete -c careward -n "__fish_careward_using_subcommand note; and not __fish_seen_subcommand_from approve pending help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from approve" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from pending" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve (co-sign) a note waiting for your approval'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "pending" -d 'List the notes waiting for your approval, and yours waiting for someone\'s'
complete -c careward -n "__fish_careward_using_subcommand note; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -f -a "create" -d 'Create a collaborative space, standalone or from a record'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -f -a "list" -d 'List your spaces'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -f -a "show" -d 'Show a space: its name, record and status'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -f -a "invite" -d 'Invite a member or a team into a space'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -f -a "members" -d 'List a space\'s members'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -f -a "leave" -d 'Leave a space'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -f -a "archive" -d 'Archive a space you created'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -f -a "post" -d 'Post to a space: a note, an observation or a document (its metadata)'
complete -c careward -n "__fish_careward_using_subcommand space; and not __fish_seen_subcommand_from create list show invite members leave archive post help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -l from-record -d 'The record it is about (you need read access to it)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l member -d 'The member to invite' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l team -d 'The work team to invite' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from invite" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from members" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from archive" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l kind -d 'note, observation or document' -r -f -a "note\t''
observation\t''
document\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l title -d 'A title' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from post" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a collaborative space, standalone or from a record'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from help" -f -a "list" -d 'List your spaces'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a space: its name, record and status'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from help" -f -a "invite" -d 'Invite a member or a team into a space'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from help" -f -a "members" -d 'List a space\'s members'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from help" -f -a "leave" -d 'Leave a space'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from help" -f -a "archive" -d 'Archive a space you created'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from help" -f -a "post" -d 'Post to a space: a note, an observation or a document (its metadata)'
complete -c careward -n "__fish_careward_using_subcommand space; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -f -a "assign" -d 'Assign an assistant to the whole organisation or to specific therapists'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -f -a "unassign" -d 'Take an assistant off some therapists, or off everything'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -f -a "list" -d 'List the assistant assignments'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -f -a "candidates" -d 'List the therapists this assistant can still be assigned to'
complete -c careward -n "__fish_careward_using_subcommand assistant; and not __fish_seen_subcommand_from assign unassign list candidates help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l to -d 'Assist these therapists (each may have only one dedicated assistant)' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l org-wide -d 'Assist every therapist of the organisation'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from assign" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -l from -d 'Only these therapists [default: every assignment, org-wide included]' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from unassign" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from candidates" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Assign an assistant to the whole organisation or to specific therapists'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Take an assistant off some therapists, or off everything'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the assistant assignments'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from help" -f -a "candidates" -d 'List the therapists this assistant can still be assigned to'
complete -c careward -n "__fish_careward_using_subcommand assistant; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -f -a "check" -d 'May the acting member do ACTION to TARGET? Exit 0 if allowed, 3 if denied'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -f -a "list" -d 'List what the acting member\'s roles grant'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -f -a "who-can" -d 'List the members who may do ACTION to TARGET'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -f -a "lookup" -d 'List every target of a type the acting member may ACTION (record, entry, space, member, location, team)'
complete -c careward -n "__fish_careward_using_subcommand perm; and not __fish_seen_subcommand_from check list who-can lookup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l explain -d 'Print the reasons that decided it'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l batch -d 'Read checks as JSON lines on stdin ({"as", "action", "target"}); one JSON result per line'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from who-can" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from lookup" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "check" -d 'May the acting member do ACTION to TARGET? Exit 0 if allowed, 3 if denied'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List what the acting member\'s roles grant'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "who-can" -d 'List the members who may do ACTION to TARGET'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "lookup" -d 'List every target of a type the acting member may ACTION (record, entry, space, member, location, team)'
complete -c careward -n "__fish_careward_using_subcommand perm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -f -a "list" -d 'List the built-in policies'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -f -a "show" -d 'Show a policy: its roles and grants, levels, support grants and constraints'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -f -a "validate" -d 'Check a policy file: unknown keys, actions, scopes, roles and levels are errors'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -f -a "test" -d 'Run policy test suites: cases of who may do what, with coverage'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -f -a "diff" -d 'Show what each role, level and support gains and loses from one policy to another'
complete -c careward -n "__fish_careward_using_subcommand policy; and not __fish_seen_subcommand_from list show validate test diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -l deny-warnings -d 'Fail (exit 6) when the policy has warnings'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from validate" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -l min-coverage -d 'Fail when fewer than PCT percent of the grants, level actions and constraints are exercised' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from test" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the built-in policies'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show a policy: its roles and grants, levels, support grants and constraints'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "validate" -d 'Check a policy file: unknown keys, actions, scopes, roles and levels are errors'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "test" -d 'Run policy test suites: cases of who may do what, with coverage'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what each role, level and support gains and loses from one policy to another'
complete -c careward -n "__fish_careward_using_subcommand policy; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -f -a "log" -d 'Show audit events, oldest first, filtered'
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -f -a "verify" -d 'Check the audit trail: its hash chain, its newest event, an anchor, and that replaying it gives exactly the organisation\'s access-relevant rows'
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -f -a "head" -d 'Print the newest audit event\'s id and hash, per organisation, as JSON: an anchor to keep outside the store for `audit verify --anchor`'
complete -c careward -n "__fish_careward_using_subcommand audit; and not __fish_seen_subcommand_from log verify head help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l since -d 'Only events at or after this time: 7d (ago), yesterday, 2026-11-23 (local), or RFC 3339' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l until -d 'Only events before this time: 1h (ago), today, 2026-11-23 (local), or RFC 3339' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l actor -d 'Only events by this actor (an email or support:NAME)' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l target -d 'Only events on this target (member:EMAIL, org, …)' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l action -d 'Only this action, or every action of a noun with a trailing dot (member.)' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l outcome -d 'Only this outcome' -r -f -a "allowed\t''
denied\t''
refused\t''"
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l limit -d 'Only the newest N events' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from log" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -l anchor -d 'An anchor printed earlier by `audit head`: fail unless the trail still extends it' -r -F
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from head" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "log" -d 'Show audit events, oldest first, filtered'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the audit trail: its hash chain, its newest event, an anchor, and that replaying it gives exactly the organisation\'s access-relevant rows'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "head" -d 'Print the newest audit event\'s id and hash, per organisation, as JSON: an anchor to keep outside the store for `audit verify --anchor`'
complete -c careward -n "__fish_careward_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -f -a "backup" -d 'Write a consistent copy of the whole store to FILE, while others go on writing'
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -f -a "copy" -d 'Copy organisations and their audit trails into another store, and verify the copy'
complete -c careward -n "__fish_careward_using_subcommand store; and not __fish_seen_subcommand_from backup copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -l force -d 'Replace FILE even if it is not empty'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l from -d 'The store to copy from (a file, sqlite:PATH or postgres://…); when omitted, the store (--db)' -r -F
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l to -d 'The store to copy into (a file, sqlite:PATH or postgres://…), created if missing' -r -F
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the whole store to FILE, while others go on writing'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy organisations and their audit trails into another store, and verify the copy'
complete -c careward -n "__fish_careward_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand completions" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand completions" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand completions" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand completions" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand completions" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand completions" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand completions" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand completions" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand completions" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand completions" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -s h -l help -d 'Print help'
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "show" -d 'Print each setting in force (db, org, as, format) and where it came from'
complete -c careward -n "__fish_careward_using_subcommand config; and not __fish_seen_subcommand_from show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'The store file [default: $XDG_DATA_HOME/careward/careward.db]' -r -F
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -l org -d 'The organisation; may be left out when the store holds exactly one' -r
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -l as -d 'The acting member\'s email, or support:NAME for support staff' -r
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -l reason -d 'Why: required with support:NAME, stored in the audit log' -r
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -l format -d 'Output format' -r -f -a "table\t''
json\t''
csv\t''
yaml\t''"
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -l busy-timeout -d 'How long to wait for another process writing to the store before giving up (exit 7)' -r
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -l wide -d 'Tables: every column, uncut (as kubectl\'s -o wide)'
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -l dry-run -d 'Do everything and validate everything, print what would change, commit nothing'
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'No output but errors'
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print each setting in force (db, org, as, format) and where it came from'
complete -c careward -n "__fish_careward_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "org" -d 'Create and inspect organisations'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "member" -d 'Invite members and manage their lifecycle'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "role" -d 'Assign and remove members\' roles'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "location" -d 'Locations (schools) and who is assigned to them'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "team" -d 'Work teams: share records with several members at once'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "group" -d 'Groups of performers, and tiers granted on a group (policies with groups)'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "pinpoint" -d 'The organisation\'s pinpoint library (policies with one)'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "tag" -d 'The organisation\'s tag library, and tags on performers, entries, users and pinpoints'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "journal-type" -d 'The organisation\'s journal types (policies with them)'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "report" -d 'The reporting tool: counts of chart data across the performers you can read'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "view" -d 'The organisation\'s saved chart and reporting views'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "record" -d 'Client records (performers, under behavior-charts): create, share, transfer, archive'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "entry" -d 'A record\'s entries: notes, documents, invoices (metadata only)'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "note" -d 'Approve the notes of the members you supervise'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "space" -d 'Collaborative spaces: exchanges around a client without access to their record'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "assistant" -d 'Assign assistants to the whole organisation or to specific therapists'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "perm" -d 'Ask the policy: may this member do this?'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "policy" -d 'List, show and validate policies'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "audit" -d 'Read and verify the audit trail'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "store" -d 'The store as a whole: back it up while others write, copy organisations to another'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "completions" -d 'Print a shell completion script'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "config" -d 'Show the settings in force (configuration file, environment, flags)'
complete -c careward -n "__fish_careward_using_subcommand help; and not __fish_seen_subcommand_from org member role location team group pinpoint tag journal-type report view record entry note space assistant perm policy audit store completions config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "init" -d 'Create an organisation and its first administrator'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "seed" -d 'Build a whole organisation from a YAML file (members, locations, teams, records, shares)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "export" -d 'Write the organisation as a file that `org seed` reads'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "list" -d 'List the organisations the acting member belongs to'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "show" -d 'Show the organisation: kind, policy, plan, seats and members by status'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from org" -f -a "set" -d 'Change the organisation\'s plan: free, or a number of seats (needs billing.manage)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "invite" -d 'Invite a member with one or more roles, or every member of a CSV file'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "accept" -d 'Accept your own invitation (run as the invited member)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "cancel" -d 'Cancel an invitation that was not accepted yet'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "list" -d 'List members, filtered by role, status or a search text'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "show" -d 'Show a member: roles, principal role, status and since when'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "edit" -d 'Change a member\'s name or professional title'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "deactivate" -d 'Remove a member\'s access ("remove access"); their data stays and they can be reactivated'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "reactivate" -d 'Give a deactivated member their access back'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "remove" -d 'Remove a deactivated member for good (their history stays in the audit log)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from member" -f -a "overview" -d 'The members with their record counts, institutional and confidential (the coordinator\'s overview)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "assign" -d 'Give a member one or more roles'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "remove" -d 'Take a role away from a member'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List the policy\'s roles with their holders, or one member\'s roles'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "create" -d 'Create a location (a school, in a school organisation)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "list" -d 'List the locations'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "show" -d 'Show a location and who is assigned to it'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "edit" -d 'Rename a location, or bring an archived one back'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "archive" -d 'Archive a location (its records and members stay)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "assign" -d 'Assign a member to a location'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from location" -f -a "unassign" -d 'Take a member off a location'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "create" -d 'Create a work team'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "list" -d 'List the work teams'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "show" -d 'Show a team and its members'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "add" -d 'Add members to a team'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "remove" -d 'Take a member out of a team'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "rename" -d 'Rename a team'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from team" -f -a "archive" -d 'Archive a team: its shares stop reaching its members'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "create" -d 'Create a group of performers (Create Groups)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "list" -d 'List the groups of performers, with how many of their performers you can see'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "show" -d 'Show a group: its performers that you can see, and its shares (to whoever manages groups)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "add" -d 'Put performers in a group (they get the tiers granted on it)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "remove" -d 'Take performers out of a group (the tiers granted on it stop reaching them)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "share" -d 'Grant a tier on a group to a member or a team: it reaches every performer in the group'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from group" -f -a "unshare" -d 'Take a tier on a group away from a member or a team'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from pinpoint" -f -a "create" -d 'Add a pinpoint to the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from pinpoint" -f -a "list" -d 'List the organisation\'s pinpoints'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from pinpoint" -f -a "show" -d 'Show a pinpoint: what it is, who made it'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from pinpoint" -f -a "edit" -d 'Rename a pinpoint or change its description (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from pinpoint" -f -a "delete" -d 'Delete a pinpoint from the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "assign" -d 'Put a tag on a performer, an entry (chart, journal), a user or a pinpoint'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "unassign" -d 'Take a tag off what it is on'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "create" -d 'Add a tag to the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "list" -d 'List the organisation\'s tags'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "show" -d 'Show a tag: what it is, who made it'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "edit" -d 'Rename a tag or change its description (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from tag" -f -a "delete" -d 'Delete a tag from the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from journal-type" -f -a "create" -d 'Add a journal type to the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from journal-type" -f -a "list" -d 'List the organisation\'s journal types'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from journal-type" -f -a "show" -d 'Show a journal type: what it is, who made it'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from journal-type" -f -a "edit" -d 'Rename a journal type or change its description (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from journal-type" -f -a "delete" -d 'Delete a journal type from the library (Manage permission)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "summary" -d 'Count measurements per performer and pinpoint over a period, across the performers you can read'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "chart" -d 'List one performer\'s measurements, pinpoint by pinpoint: the data behind their charts'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "save" -d 'Save an organisation view (replacing one of the same name) that everyone can select'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "list" -d 'List the organisation\'s saved views'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "show" -d 'Show a saved view: its settings, who saved it'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from view" -f -a "delete" -d 'Delete a saved view (Manage Org Chart Views / Reporting Views)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "create" -d 'Create a client record'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "import" -d 'Create every record of a CSV file, or bring it up to date'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "list" -d 'List the records you can see'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "show" -d 'Show a record: client, owner, location, status (not its clinical content)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "open" -d 'Open a record\'s clinical content (an audited read)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "edit" -d 'Change a record\'s client name, location or external id'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "archive" -d 'Archive an active record'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "reactivate" -d 'Bring an archived record back to active'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "delete" -d 'Delete an archived record (it can be restored for 30 days)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "restore" -d 'Restore a deleted record, as archived, within 30 days'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "confidential" -d 'Mark a whole record confidential, or not'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "share" -d 'Share a record with a member or a team at a level (sharing again replaces the level)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "unshare" -d 'Stop sharing a record with a member or a team'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "access" -d 'List who can reach a record, and through what (a share, a team, a role)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "leave" -d 'Give up your own share of a record'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "transfer" -d 'Transfer a record (or all of a member\'s records) to another member'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "transfers" -d 'List the transfers waiting for a recipient (yours; all of them for coordinators)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "pending" -d 'List what a coordinator follows up: records waiting for transfer or owned by inactive members'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from record" -f -a "emergency-access" -d 'Break the glass: read access to a record for a bounded time, with a mandatory --reason'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "add" -d 'Add an entry to a record (a note, a document, …)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "list" -d 'List the entries of a record that you can read'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "show" -d 'Show an entry\'s metadata: kind, title, author, status'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "edit" -d 'Change an entry\'s title or confidentiality (as the policy allows for its kind)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "delete" -d 'Delete an entry, where the policy gives its kind a delete action'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "submit" -d 'Submit a draft entry (a note may then wait for approval)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from entry" -f -a "export" -d 'Export a record\'s notes (drafts included; not documents, invoices or tasks): the owner exports every one, a collaborator only their own'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "approve" -d 'Approve (co-sign) a note waiting for your approval'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from note" -f -a "pending" -d 'List the notes waiting for your approval, and yours waiting for someone\'s'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from space" -f -a "create" -d 'Create a collaborative space, standalone or from a record'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from space" -f -a "list" -d 'List your spaces'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from space" -f -a "show" -d 'Show a space: its name, record and status'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from space" -f -a "invite" -d 'Invite a member or a team into a space'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from space" -f -a "members" -d 'List a space\'s members'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from space" -f -a "leave" -d 'Leave a space'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from space" -f -a "archive" -d 'Archive a space you created'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from space" -f -a "post" -d 'Post to a space: a note, an observation or a document (its metadata)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from assistant" -f -a "assign" -d 'Assign an assistant to the whole organisation or to specific therapists'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from assistant" -f -a "unassign" -d 'Take an assistant off some therapists, or off everything'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from assistant" -f -a "list" -d 'List the assistant assignments'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from assistant" -f -a "candidates" -d 'List the therapists this assistant can still be assigned to'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from perm" -f -a "check" -d 'May the acting member do ACTION to TARGET? Exit 0 if allowed, 3 if denied'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from perm" -f -a "list" -d 'List what the acting member\'s roles grant'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from perm" -f -a "who-can" -d 'List the members who may do ACTION to TARGET'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from perm" -f -a "lookup" -d 'List every target of a type the acting member may ACTION (record, entry, space, member, location, team)'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "list" -d 'List the built-in policies'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "show" -d 'Show a policy: its roles and grants, levels, support grants and constraints'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "validate" -d 'Check a policy file: unknown keys, actions, scopes, roles and levels are errors'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "test" -d 'Run policy test suites: cases of who may do what, with coverage'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from policy" -f -a "diff" -d 'Show what each role, level and support gains and loses from one policy to another'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "log" -d 'Show audit events, oldest first, filtered'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the audit trail: its hash chain, its newest event, an anchor, and that replaying it gives exactly the organisation\'s access-relevant rows'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "head" -d 'Print the newest audit event\'s id and hash, per organisation, as JSON: an anchor to keep outside the store for `audit verify --anchor`'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "backup" -d 'Write a consistent copy of the whole store to FILE, while others go on writing'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "copy" -d 'Copy organisations and their audit trails into another store, and verify the copy'
complete -c careward -n "__fish_careward_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print each setting in force (db, org, as, format) and where it came from'
