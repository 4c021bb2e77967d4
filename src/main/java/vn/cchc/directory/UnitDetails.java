package vn.cchc.directory;

import java.util.List;

/** Everything the unit page shows: the unit, its neighbours in the hierarchy and in time, its former names. */
record UnitDetails(Unit unit, UnitRef parent, List<UnitRef> children, List<UnitRef> predecessors,
                          List<UnitRef> successors, List<NameChange> nameHistory) {
}
