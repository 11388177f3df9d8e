package ru.registratura.domain.waitlist;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface WaitlistRepository {

    void add(WaitRequest request);

    Optional<WaitRequest> find(long id);

    /** The account the request belongs to (its card file is locked before the request, as a booking does). */
    Optional<Long> accountOf(long id);

    /** The request, its row locked for the transaction (the offer and its end never interleave). */
    Optional<WaitRequest> lock(long id);

    /** The account's requests, open ones first, then the latest closed ones, {@code max} in all. */
    List<WaitRequest> ofAccount(long accountId, int max);

    /** Whether the card has a request OFFERED now: a patient holds one offer at a time. */
    boolean hasOffer(long cardId);

    /** The card's open requests (to refuse the same one twice). */
    List<WaitRequest> openOf(long cardId);

    /** How many open requests the account has. */
    long countOpenOfAccount(long accountId);

    /**
     * The WAITING requests for which a free slot open to the internet starts after {@code now}, before the request's
     * wanted moment and before {@code until}, in the order the requests were made: one read for a run of the queue.
     */
    List<Long> dueForOffer(Instant now, Instant until);

    /** The OFFERED requests whose offer ended at or before the moment. */
    List<Long> offersEnded(Instant now);

    /** Closes as LAPSED the WAITING requests whose wanted moment has come; returns how many. */
    int lapse(Instant now);

    /** The open requests of the doctors of these institutions, in queue order, a page of them. */
    List<WaitRequest> openOfInstitutions(Collection<Long> institutionIds, int first, int max);

    long countOpenOfInstitutions(Collection<Long> institutionIds);
}
