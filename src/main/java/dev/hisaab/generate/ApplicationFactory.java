package dev.hisaab.generate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;

/**
 * Builds application {@code i} as a pure function of the seed, the index and the plan, so any application (for
 * instance a re-applicant's earlier application) can be rebuilt on demand instead of being kept.
 */
final class ApplicationFactory {

    private static final long MOBILE_SPACE = 1_000_000_000L;

    private final long seed;
    private final JhatpatCalendar calendar;
    private final ApplicationNumbers numbers;
    private final CasePlan plan;
    private final FeistelPermutation mobiles;
    private final NameBook names = new NameBook();
    private final AddressBook addresses = new AddressBook();
    private final int totalWeight;

    ApplicationFactory(long seed, JhatpatCalendar calendar, ApplicationNumbers numbers, CasePlan plan) {
        this.seed = seed;
        this.calendar = calendar;
        this.numbers = numbers;
        this.plan = plan;
        this.mobiles = new FeistelPermutation(MOBILE_SPACE, Seeds.derive(seed, Seeds.MOBILES, 0));
        int weight = 0;
        for (District district : District.values()) {
            weight += district.weight();
        }
        this.totalWeight = weight;
    }

    NameBook names() {
        return names;
    }

    Application create(int index) {
        SplittableRandom random = Seeds.random(seed, Seeds.APPLICATION, index);
        OffsetDateTime submittedAt = calendar.submittedAt(index);
        String name = names.fullName(random);
        String mobile = mobile(random, index);
        Plan planned = plan.planFor(index);
        if (planned != null && planned.kind() == PlantedCase.REAPPLICATION) {
            Application earlier = create(planned.partner());
            name = earlier.name();
            mobile = earlier.mobile();
        } else if (planned != null && planned.kind() == PlantedCase.FAMILY_SECOND) {
            Application relative = create(planned.partner());
            name = names.relativeOf(relative.name(), random);
            mobile = relative.mobile();
        }
        int format = random.nextInt(100);
        String storedMobile = format < 6 ? "+91" + mobile : format < 10 ? "0" + mobile : mobile;
        District district = district(random);
        String storedDistrict = district.formerName() != null && random.nextInt(100) < 80
                ? district.formerName() : district.currentName();
        Category category = category(random);
        long load = load(random, category);
        String address = addresses.address(random, district, storedDistrict, category, plan.oddityFor(index));
        Status status = status(random, submittedAt);
        return new Application(index, numbers.number(index, submittedAt), name, mobile, storedMobile, district,
                storedDistrict, category, status, load, address, submittedAt);
    }

    /** A valid-looking mobile that belongs to no application ({@code k}-th such). */
    String unusedMobile(int k, SplittableRandom random) {
        return (6 + random.nextInt(4)) + String.format("%09d", mobiles.apply(calendar.applications() + (long) k));
    }

    private String mobile(SplittableRandom random, int index) {
        int lead = 6 + (random.nextInt(10) < 6 ? 3 : random.nextInt(3));
        return lead + String.format("%09d", mobiles.apply(index));
    }

    private District district(SplittableRandom random) {
        int roll = random.nextInt(totalWeight);
        for (District district : District.values()) {
            roll -= district.weight();
            if (roll < 0) {
                return district;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static Category category(SplittableRandom random) {
        int roll = random.nextInt(100);
        return roll < 75 ? Category.DOMESTIC : roll < 93 ? Category.COMMERCIAL : Category.AGRICULTURAL;
    }

    private static long load(SplittableRandom random, Category category) {
        switch (category) {
            case DOMESTIC:
                return 100 + 50L * random.nextInt(9);
            case COMMERCIAL:
                return 200 + 50L * random.nextInt(17);
            default:
                return 300 + 100L * random.nextInt(8);
        }
    }

    private static Status status(SplittableRandom random, OffsetDateTime submittedAt) {
        int roll = random.nextInt(100);
        if (Duration.between(submittedAt, JhatpatCalendar.UPGRADE).toDays() < 7 || submittedAt.isAfter(
                JhatpatCalendar.UPGRADE)) {
            return roll < 70 ? Status.NEW : Status.UNDER_SCRUTINY;
        }
        return roll < 15 ? Status.NEW : roll < 50 ? Status.UNDER_SCRUTINY : roll < 90 ? Status.SANCTIONED
                : Status.REJECTED;
    }
}
