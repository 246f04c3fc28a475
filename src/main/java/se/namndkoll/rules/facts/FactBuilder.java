package se.namndkoll.rules.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import se.namndkoll.model.Document;
import se.namndkoll.rules.policy.KommunProfiles;
import se.namndkoll.rules.policy.Policy;

/**
 * Reads the facts the rules reason over out of a whole archive's documents at once, so that what
 * one document lacks can be looked for in another: the meeting a budget report belongs to (by its
 * Dnr on a kallelse), the measures decided at the same meeting, the next meeting of the nämnd a
 * delegation decision is to be reported to.
 *
 * <p>{@link Placement} puts each document at its meeting; one builder per family of facts reads
 * them ({@link SkrivelseFacts}, {@link AgendaFacts}, {@link BudgetFacts}, {@link TableFacts},
 * {@link TextFacts}, {@link SekretessFacts}, {@link DelegationFacts}); {@link SectionPractice}
 * finally sets what each decision is expected to have.
 */
public final class FactBuilder {

  private final Policy policy;
  private final KommunProfiles profiles;
  private final Placement placement;
  private final DelegationFacts delegation;
  private final BudgetFacts budget;
  private final SekretessFacts sekretess;
  private final TextFacts text;

  public FactBuilder(Policy policy) {
    this(policy, KommunProfiles.none());
  }

  public FactBuilder(Policy policy, KommunProfiles profiles) {
    this.policy = policy;
    this.profiles = profiles;
    this.placement = new Placement(policy);
    this.delegation = new DelegationFacts(policy);
    this.budget = new BudgetFacts(policy);
    this.sekretess = new SekretessFacts(placement);
    this.text = new TextFacts(policy, placement, delegation);
  }

  public List<Object> facts(List<Document> documents) {
    List<Placed> placed = placement.place(documents);
    Packages packages = Packages.of(placed);
    Meetings meetings = Meetings.of(placed);
    Map<String, KommunProfiles.Profile> profileOf = new ConcurrentHashMap<>();
    SkrivelseFacts skrivelser = new SkrivelseFacts(policy, profiles, placement, profileOf);
    // each document's own facts are independent of the others': read them on all cores, keep the order
    List<List<Object>> perDocument = placed.parallelStream().map(p -> {
      List<Object> own = new ArrayList<>();
      skrivelser.add(p, own);
      AgendaFacts.add(p, packages, own);
      budget.add(p, packages, own);
      TableFacts.add(p, packages, own);
      text.add(p, meetings, own);
      sekretess.add(p, own);
      StructureUnread.of(p.doc(), p.namnd(), p.meetingDate()).ifPresent(own::add);
      OcrUnavailable.of(p.doc(), p.namnd(), p.meetingDate()).ifPresent(own::add);
      return own;
    }).toList();
    List<Object> out = new ArrayList<>();
    perDocument.forEach(out::addAll);
    for (String namnd : meetings.namnder()) {
      meetings.forEach(namnd, (date, docs) -> out.add(delegation.meeting(namnd, date, meetings, docs)));
    }
    Set<String> toldOnDelegation = new HashSet<>();
    for (Object f : out) {
      if (f instanceof DelegationDecision dd && DelegationFacts.DELEGAT.equals(dd.decider())) {
        toldOnDelegation.add(dd.namnd() + "|" + dd.decidedOn());
      }
    }
    delegation.add(placed, meetings, toldOnDelegation, out);
    return SectionPractice.apply(out, policy, profileOf);
  }
}
