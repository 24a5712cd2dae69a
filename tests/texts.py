"""Short decision texts written for the tests (never copied from real decisions).

Each imitates one layout the package must read: the current site, the older site with
numbered paragraphs, a mirror without the header block, cookie-banner noise, truncation.
"""

CURRENT = """Westmere District Council (24 111 222)
Category : Planning > Enforcement
Decision : Closed after initial enquiries
Decision date : 05 Feb 2025
The Ombudsman's final decision:
Summary: We will not investigate Ms K's complaint about planning enforcement. This is because she can appeal to the Planning Inspector and there is not enough evidence of fault.
The complaint
- Ms K complained the Council:
a) issued an enforcement notice about her fence;
b) refused to meet her before deciding; and
c) ignored her emails.
- Ms K says this caused her worry. She wants the notice withdrawn.
The Ombudsman's role and powers
- The law says we cannot normally investigate a complaint when someone can appeal to a government minister.
How I considered this complaint
- I considered information provided by Ms K and the Council.
My assessment
- On point a), Ms K has a right of appeal to the Planning Inspector against the enforcement notice, and it is reasonable to expect her to use it.
- On point b), there is no duty to meet before serving a notice. There is not enough evidence of fault by the Council.
- On point c), the Council replied to each email within ten days. There is not enough evidence of fault.
Final decision
- We will not investigate Ms K's complaint because she can appeal to the Planning Inspector and there is not enough evidence of fault.
Investigator's decision on behalf of the Ombudsman
"""

OLDER = """Eastbridge City Council (17 333 444)

Category : Education > School transport

Decision : Closed after initial enquiries

Decision date : 14 Mar 2018

The Ombudsman's final decision:

Summary: The Ombudsman will not investigate this complaint about school transport. This is because the complaint is late.

The complaint

  1. The complainant, whom I shall call Mr J, says that the Council:
      1. Refused free transport for his son in 2015.
      2. Failed to answer his letters about the refusal.
  2. He says this caused him expense and stress.

Back to top

The Ombudsman\u2019s role and powers

  1. The Ombudsman cannot investigate late complaints unless there are good reasons.

Back to top

Final decision

  1. The Ombudsman will not investigate because the complaint is late and there are no good reasons to use discretion.

Back to top

Investigator's decision on behalf of the Ombudsman

Print this page
"""

OLDER_BULLETS = """Northgate Council (18 555 666)

The Ombudsman's final decision:

Summary: We will not investigate this complaint about a care provider because the courts are better placed to decide it.

The complaint

  1. The complainant, who I refer to as Mrs T, says that a care provider:
    \u2022 Broke her mother's chair;
    \u2022 Refused to pay for the repair; and
    \u2022 Was rude to her on the phone.

Back to top

The Ombudsman\u2019s role and powers

  1. We cannot normally investigate a complaint when someone could take the matter to court.

Back to top
"""

MIRROR = """Source \u00b7 LGO (Local Government & Social Care Ombudsman)

Lowfield Borough Council

LGO (Local Government & Social Care Ombudsman) Other Reference 22-777-888 Sector Planning Category Building Control Decided 14 March 2023

Full decision

The Ombudsman's final decision

Summary: We will not investigate Mr P's complaint about building control fees. This is because the courts are better placed to consider the matter.

The complaint

The complainant, Mr P, complains the Council is pursuing him for fees he says he has paid.

The Ombudsman\u2019s role and powers

The law says we cannot normally investigate a complaint when someone could take the matter to court.

My assessment

The Council has started a claim in the county court. The court is the right place to decide whether Mr P owes the fees, and it is reasonable for him to put his case there.
"""

COOKIES = """Privacy settings

Review your privacy settings

Required cookies

These cookies enable the website to function properly.

Analytical cookies

We recommend you set these 'ON'.

Hillcrest Council (23 999 000)

Category : Housing > Allocations

Decision : Closed after initial enquiries

Decision date : 02 Jan 2024

The Ombudsman's final decision:

Summary: We will not investigate Miss R's complaint about her housing register banding. This is because she can ask the Council for a statutory review.

The complaint

  1. Miss R complains the Council placed her in the wrong band on the housing register.

Back to top

The Ombudsman\u2019s role and powers

  1. We cannot normally investigate when someone has a right of review.

Back to top

"""

TRUNCATED = """Riverside Council (25 010 020)
Category : Benefits and tax > Council tax
Decision : Closed after initial enquiries
Decision date : 11 Nov 2025
The Ombudsman's final decision:
Summary: We will not investigate Mr L's complaint about a council tax bill. This is because he can appeal to the Valuation Tribunal.
The complaint
- Mr L complains the Council charged him council tax for a property he says was empty.
The Ombudsman's role and powers
- The law says we cannot normally investigate a complaint when someone can appeal to a tribunal.
How I considered this complaint
- I considered information provided by Mr L.
My assessment
- Mr L disagrees with the Council's decision that the property was furnis"""

NO_ENUMERATION = """Greendale Council (24 222 333)
The Ombudsman's final decision:
Summary: We will not investigate this complaint about noise from a neighbour. This is because there is not enough evidence of fault by the Council.
The complaint
- Mr N complains the Council did not act on his reports of noise from his neighbour. He says officers visited only once.
- He also complains the Council closed his case without telling him.
- Mr N says he cannot sleep. He wants the Council to take action.
The Ombudsman's role and powers
- We do not start an investigation if there is not enough evidence of fault.
"""

WANTS_BULLETS = """Greendale Council (24 222 444)
The Ombudsman's final decision:
Summary: We will not investigate this complaint about a school place. This is because Mrs V has a right of appeal to an independent appeal panel.
The complaint
- Mrs V complains about the Council's refusal of a school place for her son.
- She wants:
- an apology;
- a place at her preferred school; and
- compensation.
The Ombudsman's role and powers
- We cannot normally investigate when someone has a right of appeal.
"""

INLINE_LIST = """Greendale Council (24 222 555)
The Ombudsman's final decision:
Summary: We will not investigate this complaint about bin collections. This is because the Council has already apologised and we could not achieve more.
The complaint
Mr W complains the Council: failed to collect his bins for three weeks; did not reply to his complaint.
Mr W says this caused him inconvenience.
The Ombudsman's role and powers
We do not start an investigation if there is no worthwhile outcome achievable.
"""

ASSESSMENT_ENUMERATION = """Greendale Council (24 222 666)
The Ombudsman's final decision:
Summary: We will not investigate Ms Z's complaint. This is because part of it is late and the rest is for the courts.
The complaint
- Ms Z complains about the Council's handling of a road accident claim and of her parking permit in 2020.
The Ombudsman's role and powers
- We cannot investigate late complaints unless there are good reasons.
My assessment
- On point a), the parking permit matter happened in 2020, so the complaint is late and I see no good reason to use discretion.
- On point b), the accident claim is about liability for damage, which only a court can decide.
Final decision
- We will not investigate Ms Z's complaint because part of it is late and the rest is for the courts.
"""


def many_points(n: int) -> str:
    """A decision whose complaint lists `n` bullet points."""
    items = "\n".join(f"- failed to answer letter number {i} about the repairs;" for i in range(1, n + 1))
    return f"""Greendale Council (24 222 777)
The Ombudsman's final decision:
Summary: We will not investigate this complaint about repairs. This is because there is not enough evidence of fault.
The complaint
- Mr Q complains the Council:
{items}
The Ombudsman's role and powers
- We do not start an investigation if there is not enough evidence of fault.
Final decision
- We will not investigate because there is not enough evidence of fault.
"""
