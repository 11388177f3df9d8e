#!/usr/bin/env python3
"""A model of the page rush's crowd (BookingRush.bookWith), not of the server: which pages each patient asks for.

Patients read each page for 0.5-1.5 s and the server answers in a fixed time. Each books one time with each
doctor, in an order of their own: the calendar (the nearest day's times), a time's confirmation, «Записаться»;
a time taken offers five of the doctor's next free times, drawn from a window (FreeTimeOffer); taken three times
in a row, the calendar afresh and any time of any day. The model counts the requests and refusals a booking takes
and how fast the crowd alone could book, for a fixed window of offers and for one that widens with the doctor's
refusals of the last ten seconds (FreeTimeOffers). bench/RESULTS.md compares it with measured rushes.

    python3 bench/model/crowd.py [--patients 500] [--latency-ms 50] [--seed 1]
"""
import argparse
import heapq
import random


def rush(window_of, patients, doctors=4, per_day=60, latency=0.05, seed=1):
    rnd = random.Random(seed)
    free = [[True] * patients for _ in range(doctors)]  # a doctor's times in time order: one per patient
    refusals = [[] for _ in range(doctors)]
    count = dict(requests=0, taken=0, booked=0)

    def offer(d, now):
        recent = [t for t in refusals[d] if t > now - 10]
        window = window_of(len(recent))
        refusals[d][:] = recent + [now]
        nxt = [i for i, f in enumerate(free[d]) if f][:window]
        return nxt if len(nxt) <= 5 else sorted(rnd.sample(nxt, 5))

    def think():
        return rnd.uniform(0.5, 1.5)

    def day_times(d, day=None):
        nxt = [i for i, f in enumerate(free[d]) if f]
        if not nxt:
            return None
        days = sorted({i // per_day for i in nxt})
        day = days[0] if day is None else day
        return [i for i in nxt if i // per_day == day], days

    def patient():
        order = list(range(doctors))
        rnd.shuffle(order)
        for d in order:
            yield think(); count['requests'] += 1                       # the calendar
            found = day_times(d)
            if found is None:
                return
            slot = rnd.choice(found[0])
            offered, taken_in_a_row = None, 0
            now = yield think(); count['requests'] += 1                 # the confirmation
            if not free[d][slot]:
                count['taken'] += 1; taken_in_a_row += 1
                offered = offer(d, now)
            for _ in range(20):
                if offered is not None:
                    if not offered:
                        break
                    slot, offered = rnd.choice(offered), None
                now = yield think(); count['requests'] += 1             # «Записаться»
                if free[d][slot]:
                    free[d][slot] = False
                    count['booked'] += 1
                    break
                count['taken'] += 1; taken_in_a_row += 1
                if taken_in_a_row < 3:
                    offered = offer(d, now)
                    continue
                taken_in_a_row = 0
                now = yield think(); count['requests'] += 1             # the calendar afresh, any day
                found = day_times(d)
                if found is None:
                    return
                day = rnd.choice(found[1])
                if day != found[1][0]:
                    now = yield think(); count['requests'] += 1         # that day's page
                times = day_times(d, day)
                if times and times[0]:
                    slot = rnd.choice(times[0])                         # (none left: the last time's page again)
                now = yield think(); count['requests'] += 1             # its confirmation
                if not free[d][slot]:
                    count['taken'] += 1; taken_in_a_row += 1
                    offered = offer(d, now)

    queue, walks, booked_at = [], {}, []
    for p in range(patients):
        walks[p] = patient()
        heapq.heappush(queue, (next(walks[p]) + latency, p))
    while queue:
        t, p = heapq.heappop(queue)
        before = count['booked']
        try:
            pause = walks[p].send(t)
            heapq.heappush(queue, (t + pause + latency, p))
        except StopIteration:
            pass
        if count['booked'] > before:
            booked_at.append(t)
    booked_at.sort()
    return count, booked_at[-1], booked_at[int(0.9 * len(booked_at)) - 1]


if __name__ == '__main__':
    args = argparse.ArgumentParser()
    args.add_argument('--patients', type=int, default=500)
    args.add_argument('--latency-ms', type=float, default=50)
    args.add_argument('--seed', type=int, default=1)
    a = args.parse_args()
    for name, window_of in (('the next 20', lambda recent: 20),
                            ('20 + refusals of the last 10 s, at most 100', lambda recent: min(100, 20 + recent))):
        c, end, ninety = rush(window_of, a.patients, latency=a.latency_ms / 1000, seed=a.seed)
        print(f"window {name}: {c['booked']} booked, {c['taken']} taken, {c['requests'] / c['booked']:.2f} requests "
              f"a booking, {c['booked'] / end:.1f} bookings per second ({ninety:.1f} s to 90 %)")
