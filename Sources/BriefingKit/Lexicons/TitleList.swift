/// Titles and roles that stand before or after a person's name.
///
/// `Title | variants (any case; abbreviations with their dot) | gender (m/f) | kind`
/// kind: `honorific` (Mr, Dr: marks a name, is no role), `leader` (heads of state or
/// government: "the Russian leader" may stand for them), `legislator` (members of a
/// legislature: "the lawmaker" may stand for them), `weak` (also a common word: written
/// out, it marks only a name of two words or more: "General Election" is no person).
/// Matching ignores case.
enum TitleList {
    static let text = """
        Mr | Mr., Mister | m | honorific
        Mrs | Mrs. | f | honorific
        Ms | Ms. | f | honorific
        Miss | | f | honorific
        Dr | Dr., Doctor | | honorific
        Sir | | m | honorific
        Dame | | f | honorific
        Lord | | m | honorific
        Lady | | f | honorific
        Madam | Madame | f | honorific
        Professor | Prof., Prof
        President | Pres. | | leader
        Vice President | Vice-President, Vice Pres., VP
        President-elect | President-Elect | | leader
        Prime Minister | PM, Premier | | leader
        Deputy Prime Minister | Deputy PM, Vice Premier
        Chancellor | Chancellor of the Exchequer | | leader
        First Minister | | | leader
        Lord Chancellor
        King | | m | leader
        Queen | | f | leader
        First Lady | | f
        Prince | | m
        Princess | | f
        Emperor | | m | leader
        Crown Prince | | m
        Emir | Amir | m | leader
        Sultan | | m | leader
        Sheikh | Shaikh | m
        Supreme Leader | | | leader
        Pope | | m | leader
        Ayatollah | | m
        Cardinal | | m
        Archbishop | | m
        Bishop | | m
        Rabbi
        Imam | | m
        Reverend | Rev., Rev, Revd
        Right Reverend | Rt Rev, Rt. Rev., Rt Rev., Rt Revd, Right Rev, Rt Reverend | | honorific
        Very Reverend | Very Rev, Very Rev., Very Revd | | honorific
        Most Reverend | Most Rev, Most Rev. | | honorific
        Venerable | Ven., Ven | | honorific
        Foreign Minister | Foreign Affairs Minister, Minister of Foreign Affairs
        Foreign Secretary
        Defense Minister | Defence Minister, Minister of Defense, Minister of Defence
        Defense Secretary | Defence Secretary, Secretary of Defense
        Interior Minister | Home Minister, Minister of the Interior
        Home Secretary
        Finance Minister | Minister of Finance
        Economy Minister | Economic Minister, Minister of Economy
        Justice Minister | Minister of Justice
        Health Minister | Minister of Health
        Energy Minister | Minister of Energy
        Trade Minister | Minister of Trade
        Education Minister | Minister of Education
        Minister | Cabinet Minister
        Deputy Minister | Vice Minister
        Secretary of State
        Treasury Secretary | Secretary of the Treasury
        Attorney General | Attorney-General, AG
        Solicitor General | Solicitor-General
        Surgeon General | Surgeon-General
        Inspector General | Inspector-General
        Homeland Security Secretary | Secretary of Homeland Security
        Secretary
        Secretary-General | Secretary General, Secretary-general
        General Secretary
        Deputy Secretary-General
        Undersecretary | Under Secretary, Under-Secretary
        Ambassador | Amb.
        Envoy | Special Envoy
        Diplomat | Top Diplomat
        Parliament Speaker | Speaker of Parliament, Speaker of the Parliament, parliamentary speaker
        House Speaker | Speaker of the House
        Speaker
        Majority Leader | Senate Majority Leader, House Majority Leader
        Minority Leader | Senate Minority Leader, House Minority Leader
        Whip | Chief Whip
        Senator | Sen., Sen, Sens., Senators | | legislator
        Representative | Rep., Rep, Reps., Congressman, Congresswoman, Congressmember | | legislator
        Lawmaker | Legislator | | legislator
        MP | Member of Parliament, M.P. | | legislator
        MSP | Member of the Scottish Parliament | | legislator
        MEP | Member of the European Parliament | | legislator
        MLA | Member of the Legislative Assembly | | legislator
        Deputy
        Governor | Gov., Gov
        Lieutenant Governor | Lt. Gov., Lt. Governor
        Mayor
        Harbour Master | Harbor Master, Harbourmaster, Harbormaster, Port Master
        Deputy Mayor
        Councillor | Councilor
        Councilman
        Delegate | Del., Dels. | | weak
        Councilwoman
        Council Member
        Judge
        Justice
        Chief Justice
        Prosecutor
        Attorney
        District Attorney
        DA
        Tory Leader | Conservative Leader
        Labour Leader
        Opposition Leader
        Party Leader
        Leader | | | leader
        Chairman | Chair, Chairperson
        Chairwoman | | f
        Chief Executive | CEO, Chief Executive Officer
        Executive Director
        Director | Director-General, Director General
        Founder | Co-founder
        Head | | | weak
        Commander | Cmdr., Commander-in-chief
        General | Gen., Gen | | weak
        Lieutenant General | Lt. Gen., Lt Gen
        Major General | Maj. Gen., Maj Gen
        Brigadier General | Brig. Gen.
        Admiral | Adm.
        Colonel | Col., Col
        Lieutenant Colonel | Lt. Col.
        Major | Maj. | | weak
        Captain | Capt., Capt
        Lieutenant | Lt., Lt
        Sergeant | Sgt., Sgt
        Corporal | Cpl.
        Private | Pvt. | | weak
        Chief of Staff
        Press Secretary
        Spokesman | | m
        Spokeswoman | | f
        Spokesperson | Spokesmen, Spokespeople
        Adviser | Advisor
        Aide
        Senior Adviser
        National Security Adviser
        Official | Senior Official | | weak
        Presidential Candidate | Presidential Nominee, Presidential Hopeful
        Candidate
        Nominee
        Hopeful
        Campaign Manager | Campaign Chairman
        Analyst
        Correspondent
        Reporter
        Journalist
        Bureau Chief
        Editor
        Columnist
        Commentator
        Economist
        Lawyer
        Solicitor
        Barrister
        Activist
        Coach
        Manager
        Strategist | Political Strategist, Political Consultant
        Consultant
        Operative
        Pollster
        Moderator
        Panelist
        Pundit
        Blogger
        Anchor | News Anchor, Host, Talk Show Host, Radio Host
        Author
        Writer
        Novelist
        Playwright
        Poet
        Actor | | m
        Actress | | f
        Singer
        Rapper
        Musician
        Songwriter
        Comedian
        Satirist
        Filmmaker | Film Director
        Producer
        Businessman | | m
        Businesswoman | | f
        Billionaire
        Entrepreneur
        Investor
        Venture Capitalist
        Historian
        Scholar
        Researcher
        Scientist
        Physician
        Surgeon
        Pastor
        Priest
        Evangelist
        Preacher
        Lobbyist
        Donor
        Fundraiser
        Organizer
        Organiser
        Police Chief | Police Commissioner, Commissioner
        Sheriff
        Detective | Det.
        Officer | Police Officer, Constable | | weak
        Counterpart
        Negotiator | Chief Negotiator
        High Commissioner
        Superintendent
        Counsel | General Counsel
        Contractor
        Expert
        Editor-in-Chief
        Political Editor
        Secretary of Defense
        Special Adviser | Special Advisor
        Special Representative
        Rapporteur | Special Rapporteur
        Prosecutor-General
        Ombudsman
        Commissioner
        Chief | | | weak
        Father | | m | weak
        Mother | | f | weak
        Wife | | f | weak
        Husband | | m | weak
        Widow | | f | weak
        Daughter | | f | weak
        Son | Stepson | m | weak
        Brother | | m | weak
        Sister | | f | weak
        Uncle | | m | weak
        Aunt | | f | weak
        Cousin | | | weak
        Boyfriend | | m | weak
        Girlfriend | | f | weak
        Fiance | Fiancé | m | weak
        Fiancee | Fiancée | f | weak
        Grandson | | m | weak
        Granddaughter | | f | weak
        Nephew | | m | weak
        Niece | | f | weak
        Grandfather | | m | weak
        Grandmother | | f | weak
        Associate | Senior Associate, Research Associate | | weak
        Agent | Security Agent, Special Agent, Intelligence Agent | | weak
        Boss | | | weak
        Executive | Senior Executive | | weak
        Owner | Co-owner | | weak
        Trustee | | | weak
        Treasurer | | | weak
        Chaplain | | | weak
        Vicar | | | weak
        Rector | | | weak
        Deacon | Archdeacon | | weak
        Headteacher | Headmaster, Headmistress, Head Teacher | | weak
        Tycoon | Magnate, Mogul | | weak
        Mentor | | | weak
        Ally | | | weak
        Shareholder | | | weak
        Partner | Managing Partner, Senior Partner | | weak
        Heir | | m | weak
        Heiress | | f | weak
        Cleric | | m | weak
        Nurse | | | weak
        Pilot | | | weak
        Soldier | | | weak
        Peer | Life Peer, Hereditary Peer | | weak
        Fellow | Senior Fellow, Research Fellow, Visiting Fellow | | weak
        Critic | | | weak
        Suspect | Terror Suspect, Murder Suspect | | weak
        Voter | Undecided Voter | | weak
        Attendee | | | weak
        Star | Superstar | | weak
        Intern | Trainee | | weak
        Volunteer | | | weak
        Board Member | Member of the Board | | weak
        Staff Member | | | weak
        """
}
