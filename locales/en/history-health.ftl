# History of the guard's own health: the incident it opens while samples cannot be written to its database.
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = History is not being written: { $problem }
history-problem-write-failed = writes fail ({ $error })
history-problem-read-only = the database { $path } is read-only
history-problem-deleted = the database { $path } was deleted; nothing more is written until the guard restarts
history-problem-replaced = another file replaced the database { $path }; nothing more is written until the guard restarts
incident-history-resumed = { $dropped ->
    [0] History is written again; every sample kept in memory meanwhile was saved
    [one] History is written again; 1 sample was dropped meanwhile (the buffer was full)
   *[other] History is written again; { $dropped } samples were dropped meanwhile (the buffer was full)
}
