# Stato della cronologia del guardiano stesso: l'incidente che apre finché i campioni non possono essere scritti nel suo database.
# $problem is one of the history-problem-* messages; $error is SQLite's own words.

incident-history-not-written = La cronologia non viene scritta: { $problem }
history-problem-write-failed = le scritture falliscono ({ $error })
history-problem-read-only = il database { $path } è di sola lettura
history-problem-deleted = il database { $path } è stato eliminato; non verrà scritto altro finché il guardiano non si riavvia
history-problem-replaced = un altro file ha sostituito il database { $path }; non verrà scritto altro finché il guardiano non si riavvia
incident-history-resumed = { $dropped ->
    [0] La cronologia viene di nuovo scritta; tutti i campioni tenuti in memoria nel frattempo sono stati salvati
    [one] La cronologia viene di nuovo scritta; 1 campione è stato scartato nel frattempo (il buffer era pieno)
   *[other] La cronologia viene di nuovo scritta; { $dropped } campioni sono stati scartati nel frattempo (il buffer era pieno)
}
