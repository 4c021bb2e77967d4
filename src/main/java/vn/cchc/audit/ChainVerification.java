package vn.cchc.audit;

/**
 * The outcome of walking the audit chain.
 *
 * @param sealed       entries whose links matched, from the start of the chain
 * @param unsealed     entries not sealed yet (written in the last seconds, or never reached by the sealer)
 * @param firstBroken  the id of the first entry whose link does not match (edited, removed or reordered), or null
 */
public record ChainVerification(long sealed, long unsealed, Long firstBroken) {

    public boolean intact() {
        return firstBroken == null;
    }
}
