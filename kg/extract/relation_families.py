"""The rule families run on each sentence, in the order that decides which cue is kept.

Kept apart from :mod:`~kg.extract.relations` (the walk through the document and the state carried
from sentence to sentence): this is the one list of families every sentence is read by, over one
:class:`~kg.extract.relation_context.SentenceRules`; when two families find the same relation,
the one run first gives its cue.
"""

from __future__ import annotations

from kg.extract.actors import Sentence
from kg.extract.cue_gate import Gate
from kg.extract.found import Found
from kg.extract.records import DocState, EntityRec, MentionRec
from kg.extract.relation_aid_partners import helped_partners
from kg.extract.relation_anaphora import referred_acts
from kg.extract.relation_announced import drop_unannounced
from kg.extract.relation_as_role import as_role
from kg.extract.relation_attended_including import attended_including
from kg.extract.relation_attendees import guest_lists
from kg.extract.relation_backers import backers_support
from kg.extract.relation_carried import Memory
from kg.extract.relation_cited import cited_not_called
from kg.extract.relation_clauses import clause_acts
from kg.extract.relation_cleared import chambers_passed
from kg.extract.relation_co_leads import co_leads, party_to
from kg.extract.relation_commitments import commitments
from kg.extract.relation_consulted import consulted, implementation_backers
from kg.extract.relation_context import SentenceRules
from kg.extract.relation_created_body import created_bodies
from kg.extract.relation_delegates import delegation_heads
from kg.extract.relation_doubt import drop_doubted_acts
from kg.extract.relation_event_between import event_between
from kg.extract.relation_events import addresses, participation
from kg.extract.relation_excepted import drop_excepted
from kg.extract.relation_gathered import gathered_for
from kg.extract.relation_helped import drop_helped_monitoring
from kg.extract.relation_helped_implementation import helped_implementation
from kg.extract.relation_instrument_lists import deposited_instruments, founders
from kg.extract.relation_issue_commitments import issue_commitments
from kg.extract.relation_joint import joint_deeds, joint_launches, joint_talks, joint_ties
from kg.extract.relation_launch_backing import launch_backers, work_under
from kg.extract.relation_leads import leads
from kg.extract.relation_lists import (
    aims,
    and_to,
    bodys_instrument,
    countrys_legislature,
    meeting_of,
    memberships,
)
from kg.extract.relation_member_lists import unowned_members
from kg.extract.relation_member_shapes import member_shapes
from kg.extract.relation_named_cue import drop_cues_in_names
from kg.extract.relation_obliged import speakers_calls
from kg.extract.relation_openings import opening_participles
from kg.extract.relation_own_object import drop_past_own_object
from kg.extract.relation_owned_person import owned_persons
from kg.extract.relation_parent_body import parent_bodies
from kg.extract.relation_partnered_items import partnered_items
from kg.extract.relation_partners import noun_ties
from kg.extract.relation_party_lists import party_lists
from kg.extract.relation_passed_in import passed_in_chamber
from kg.extract.relation_pending import pending_acts
from kg.extract.relation_pledges import pledges
from kg.extract.relation_project_owner import projects_run_by_owner
from kg.extract.relation_relative_scope import drop_out_of_clause
from kg.extract.relation_response import response_addresses
from kg.extract.relation_signatory_lists import signatory_lists
from kg.extract.relation_signed_for import signers_of_earlier
from kg.extract.relation_signed_with import signed_with
from kg.extract.relation_signing import signings
from kg.extract.relation_structures import ownership_and_purpose, representation, represented_at
from kg.extract.relation_summit_heads import summit_heads
from kg.extract.relation_support import given_support
from kg.extract.relation_the_item import the_item_addresses
from kg.extract.relation_the_item_approved import the_item_approved
from kg.extract.relation_the_item_signed import the_item_acts
from kg.extract.relation_ties import membership, partnership
from kg.extract.relation_topics import topic_fights
from kg.extract.relation_wished import drop_wished_aims


def sentence_relations(
    sent: Sentence,
    state: DocState,
    inherited: EntityRec | None,
    speaker: EntityRec | None,
    pair: tuple[EntityRec, EntityRec] | None = None,
    statement: bool = False,
    gate: Gate | None = None,
    earlier: tuple[MentionRec, EntityRec] | None = None,
    memory: Memory | None = None,
    body: EntityRec | None = None,
    *,
    max_gap: int,
    plan: EntityRec | None,
) -> list[Found]:
    """The relations of one sentence; ``gate``: where its cues may start (anywhere if None);
    ``plan``: the text's first plan (what "Implementation will be funded …, with support from A" backs).

    The families run in this order, which decides the cue kept when two find the same relation.
    """
    rules = SentenceRules(
        sent,
        state,
        inherited=inherited,
        speaker=speaker,
        pair=pair,
        statement=statement,
        gate=gate,
        max_gap=max_gap,
    )
    commitments(rules)
    and_to(rules, 0)
    countrys_legislature(rules, 0)
    ownership_and_purpose(rules)
    representation(rules)
    partnership(rules)
    helped_partners(rules)  # "X, with the support of the ILO, trained …": partners
    joint_deeds(rules)  # "A, B and C concluded a tripartite pilot"
    joint_talks(rules)  # "A, B and C held talks on migration"
    joint_launches(rules)  # "A and B have launched a three-year project"
    joint_ties(rules)  # "A and B reaffirmed their cooperation"
    membership(rules)
    leads(rules)
    represented_at(rules)
    participation(rules)
    attended_including(rules)  # "Over 40 countries attended the Summit, including A and B"
    event_between(rules)  # "a Virtual Summit between Prime Minister A and Prime Minister B"
    addresses(rules)
    referred_acts(rules, earlier)
    signatory_lists(rules, earlier)  # "The countries that signed are A, B and C"
    signers_of_earlier(rules, earlier)  # "Minister X signed on behalf of Kenya"
    partnered_items(rules)  # "The Initiative is being undertaken in partnership with the US"
    memberships(rules)
    unowned_members(rules)  # "attended by 13 Member States: A, B and C": the text's body's
    member_shapes(rules)  # "the Process counts 45 members, among them A and B"
    party_lists(rules)  # "the following States which have endorsed X: A, B and C"
    summit_heads(rules)  # "WE, the Heads of State/Government of A, B and C, at the X Summit"
    issue_commitments(rules)  # "committed to combat human trafficking": a call
    aims(rules)
    bodys_instrument(rules)
    projects_run_by_owner(rules)  # "the UNODC project 'Promoting Better Management of Migration'"
    opening_participles(rules)  # "Launching the Plan yesterday, UNHCR and partners …"
    signed_with(rules)  # "the Agreement it signed with Peru": both adopt it, and are partners
    if memory is not None:
        meeting_of(rules, body, memory.event)
        guest_lists(rules, memory.event, memory.org or memory.country)  # "attended by A, B and C"
        signings(rules)  # "A and B signed a memorandum of understanding": partners
        deposited_instruments(rules)  # "deposited the instruments of ratification of A, B and C"
        founders(rules)  # "The Authority was formed by seven countries A, B and C"
        delegation_heads(rules)  # "The Chilean delegation was headed by X", "X – Head of the Y"
        backers_support(rules)  # "X, with funding from Y, developed the Plan": Y supports
        co_leads(rules)  # "co-led by A and B": partners
        party_to(rules)  # "Jordan is a member of the Convention": adopts
        work_under(rules, earlier[1] if earlier is not None else None)  # "Under this programme, A and B"
        launch_backers(rules)  # "endorsing the launch of the Programme": supports
        pending_acts(rules)  # "the Council is to adopt": not yet an act
        parent_bodies(rules)  # "The Agency (ABC), of the Ministry (MRE), and the ILO signed"
        memory.begin(sent)
        clause_acts(rules, memory.item)
        given_support(rules)
        pledges(rules)  # "Norway's pledge of USD 5 million to the Fund"
        noun_ties(rules)
        consulted(rules)
        implementation_backers(rules, plan)
        memory.read(rules)
    created_bodies(rules)  # "the Council, which the Act created to coordinate …"
    response_addresses(rules)  # "the Framework as the regional response to displacement"
    gathered_for(rules)  # "the members of X, meeting in Lima for the Summit"
    owned_persons(rules)  # "Peru's Ana Ruiz said …"
    as_role(rules)  # "Ana Ruiz spoke as the Chair of the Forum"
    the_item_acts(rules)  # "… the Safe Migration Act. The President signed the law."
    the_item_approved(rules)  # "The policy, which was approved by the Council, …"
    the_item_addresses(rules)  # "… the Safe Migration Act. The law aims to prevent trafficking."
    chambers_passed(rules)  # "The bill, approved by the House, cleared the Senate"
    passed_in_chamber(rules)  # "The Bill was passed in the National Assembly on Wednesday"
    topic_fights(rules)  # "work together on A, the fight against B": what the instrument addresses
    drop_doubted_acts(rules)  # "feared the State lacked the inspectors to enforce it"
    drop_excepted(rules)  # "all leaders except X reaffirmed …": not X's
    drop_unannounced(rules)  # "announced its withdrawal from the Agreement": no adoption
    drop_out_of_clause(rules)  # "X, who presented the bill, said the Convention …"
    drop_past_own_object(rules)  # "welcomed the deal but said the Law …"
    drop_cues_in_names(rules)  # "the Commission for the Fight against Trafficking"
    drop_helped_monitoring(rules)  # "IOM will support the Council in monitoring the Plan"
    helped_implementation(rules)  # "in support of the implementation of the Plan": supports
    cited_not_called(rules)  # "we urge X to …, as the Agenda recommends": supports
    speakers_calls(rules)  # "the Alliance said the Government must enforce the Act": the Alliance's
    drop_wished_aims(rules)  # "called for the Plan to address trafficking": not its aim yet
    return rules.out
