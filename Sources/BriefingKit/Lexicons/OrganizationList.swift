/// International organizations, alliances, parties and government bodies named in the news.
///
/// `Name | acronyms and other names | adjectives and members | kind`
/// kind `national`: a body every country has; a country before it makes it that country's
/// (`US House of Representatives`, `Russian Defence Ministry`).
enum OrganizationList {
    static let text = """
        United Nations | UN, U.N., the UN
        United Nations Security Council | UN Security Council, UNSC, Security Council
        United Nations General Assembly | UN General Assembly, UNGA, General Assembly
        UNICEF | United Nations Children's Fund
        UNESCO
        UNHCR | UN refugee agency, United Nations High Commissioner for Refugees
        World Health Organization | WHO
        World Trade Organization | WTO
        World Bank
        International Monetary Fund | IMF
        International Atomic Energy Agency | IAEA
        International Criminal Court | ICC
        International Court of Justice | ICJ
        International Committee of the Red Cross | ICRC, Red Cross
        Red Crescent
        North Atlantic Treaty Organization | NATO, Nato
        European Union | EU, E.U.
        European Commission
        European Parliament
        European Council
        European Central Bank | ECB
        Council of Europe
        Organization for Security and Co-operation in Europe | OSCE, Organization for Security and Cooperation in Europe
        OSCE Minsk Group | Minsk Group
        Collective Security Treaty Organization | CSTO
        Commonwealth of Independent States | CIS
        Eurasian Economic Union | EAEU
        Shanghai Cooperation Organisation | SCO, Shanghai Cooperation Organization
        African Union | AU
        Arab League | League of Arab States
        Organisation of Islamic Cooperation | OIC, Organization of Islamic Cooperation
        Association of Southeast Asian Nations | ASEAN
        Organization of American States | OAS
        Gulf Cooperation Council | GCC
        Organization of the Petroleum Exporting Countries | OPEC
        Group of Seven | G7, G-7
        Group of Twenty | G20, G-20
        BRICS
        Commonwealth
        Amnesty International | Amnesty
        Human Rights Watch | HRW
        Doctors Without Borders | MSF, Medecins Sans Frontieres
        Greenpeace
        Interpol
        Europol
        Hamas
        Fatah
        Houthis | Ansar Allah | Houthi
        Hezbollah | Hizbollah
        Taliban
        Islamic State | ISIS, ISIL, IS, Daesh
        Al-Qaeda | al Qaeda, al-Qaeda, Al Qaeda
        Wagner Group | Wagner
        Kremlin
        White House
        Pentagon
        State Department | US State Department
        Justice Department | Department of Justice, DOJ
        Department of Homeland Security | DHS, Homeland Security
        Federal Bureau of Investigation | FBI
        Central Intelligence Agency | CIA
        National Security Agency | NSA
        Federal Reserve | Fed
        Supreme Court | | | national
        Congress | | | national
        Senate | | | national
        House of Representatives | House | | national
        House of Commons | Commons | | national
        House of Lords | | | national
        Parliament | | | national
        National Assembly | | | national
        Cabinet | | | national
        Foreign Ministry | Ministry of Foreign Affairs, Foreign Office | | national
        Defence Ministry | Defense Ministry, Ministry of Defence, Ministry of Defense | | national
        Interior Ministry | Ministry of the Interior, Ministry of Interior | | national
        Finance Ministry | Ministry of Finance | | national
        Health Ministry | Ministry of Health | | national
        Security Service | | | national
        Armed Forces | Army, Navy, Air Force | | national
        Central Bank | | | national
        Downing Street | Number 10
        Elysee | Élysée, Elysee Palace, Élysée Palace
        Bundestag
        Duma | State Duma
        Knesset
        Democratic Party | Democrats, Dems | Democratic, Democrat
        Republican Party | GOP, Republicans | Republican
        Conservative Party | Conservatives, Tories, Tory Party | Conservative, Tory
        Labour Party | Labour | Labour
        Liberal Democrats | Lib Dems | Liberal Democrat, Lib Dem
        Scottish Executive | Scottish Government
        Welsh Assembly Government | Welsh Executive, Welsh Government
        Scottish National Party | SNP
        United Russia
        Communist Party | | Communist
        Democratic National Committee | DNC
        Republican National Committee | RNC
        National Rifle Association | NRA
        Secret Service
        Black Lives Matter
        WikiLeaks | Wikileaks
        Judicial Watch
        Planned Parenthood
        American Civil Liberties Union | ACLU
        Anti-Defamation League | ADL
        Pew Research Center | Pew
        Gallup
        Ipsos
        YouGov
        Quinnipiac | Quinnipiac University
        Monmouth University
        Citizens United
        Google
        Facebook | Meta
        Twitter
        Apple
        Microsoft
        Amazon
        General Electric | GE
        General Motors | GM
        Goldman Sachs
        JPMorgan Chase | JPMorgan, JP Morgan
        Morgan Stanley
        Bank of America
        Wells Fargo
        Exxon Mobil | Exxon, ExxonMobil
        Walmart | Wal-Mart
        Boeing
        Ford Motor | Ford Motor Company
        Verizon
        AT&T
        Nabisco
        Yahoo
        YouTube
        Netflix
        Uber
        Tesla
        Gazprom
        Rosneft
        Chamber of Commerce | U.S. Chamber of Commerce
        NASA
        NAFTA
        Obamacare | Affordable Care Act, ACA
        Liberal Party | Liberals | Liberal
        Palestinian Authority | PA
        Federal Security Service | FSB
        Unison
        Amicus
        Trades Union Congress | TUC
        Confederation of British Industry | CBI
        Fatah
        Houthis | Houthi
        All Progressives Congress | APC
        People's Democratic Party | PDP
        """
}
