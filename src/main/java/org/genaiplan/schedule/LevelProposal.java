package org.genaiplan.schedule;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What levelling would change, for review: each task that moves, by how much and why, and the levelling
 * delay to accept for it. Tasks that only follow a moved predecessor have an unchanged delay. {@code
 * unresolved} names demands no amount of waiting can meet.
 */
public record LevelProposal(List<Move> moves, List<String> unresolved) {
    public LevelProposal {
        moves = List.copyOf(moves);
        unresolved = List.copyOf(unresolved);
    }

    /** One moving task: old and new start, the shift in working minutes, the delay to accept and why. */
    public record Move(long taskId, String wbs, String name, LocalDateTime oldStart, LocalDateTime newStart,
                       long shiftMinutes, long oldDelayMinutes, long newDelayMinutes, String reason) {
        /** Whether accepting this move changes the plan (it is not merely following a predecessor). */
        public boolean changesDelay() {
            return oldDelayMinutes != newDelayMinutes;
        }
    }

    public boolean isEmpty() {
        return moves.isEmpty();
    }
}
