/// Countries: UN members, observers and a few widely named territories.
///
/// `Name | demonyms and adjectives | capitals | other names`
/// Other names written in capitals (`US`) match only in capitals.
enum CountryList {
    static let text = """
        Afghanistan | Afghan, Afghans, Afghani | Kabul
        Albania | Albanian, Albanians | Tirana
        Algeria | Algerian, Algerians | Algiers
        Andorra | Andorran, Andorrans | Andorra la Vella
        Angola | Angolan, Angolans | Luanda
        Antigua and Barbuda | Antiguan, Antiguans | St. John's
        Argentina | Argentine, Argentinian, Argentines, Argentinians | Buenos Aires
        Armenia | Armenian, Armenians | Yerevan
        Australia | Australian, Australians, Aussie | Canberra
        Austria | Austrian, Austrians | Vienna
        Azerbaijan | Azerbaijani, Azerbaijanis, Azeri, Azeris | Baku
        Bahamas | Bahamian, Bahamians | Nassau | The Bahamas
        Bahrain | Bahraini, Bahrainis | Manama
        Bangladesh | Bangladeshi, Bangladeshis | Dhaka
        Barbados | Barbadian, Barbadians, Bajan | Bridgetown
        Belarus | Belarusian, Belarusians, Belarussian | Minsk
        Belgium | Belgian, Belgians | Brussels
        Belize | Belizean, Belizeans | Belmopan
        Benin | Beninese | Porto-Novo
        Bhutan | Bhutanese | Thimphu
        Bolivia | Bolivian, Bolivians | La Paz, Sucre
        Bosnia and Herzegovina | Bosnian, Bosnians | Sarajevo | Bosnia
        Botswana | Botswanan, Motswana, Batswana | Gaborone
        Brazil | Brazilian, Brazilians | Brasilia, Brasília
        Brunei | Bruneian, Bruneians | Bandar Seri Begawan
        Bulgaria | Bulgarian, Bulgarians | Sofia
        Burkina Faso | Burkinabe, Burkinabè | Ouagadougou
        Burundi | Burundian, Burundians | Gitega
        Cabo Verde | Cape Verdean, Cape Verdeans | Praia | Cape Verde
        Cambodia | Cambodian, Cambodians | Phnom Penh
        Cameroon | Cameroonian, Cameroonians | Yaounde, Yaoundé
        Canada | Canadian, Canadians | Ottawa
        Central African Republic | Central African, Central Africans | Bangui | CAR
        Chad | Chadian, Chadians | N'Djamena
        Chile | Chilean, Chileans | Santiago
        China | Chinese | Beijing | People's Republic of China, PRC, Mainland China
        Colombia | Colombian, Colombians | Bogota, Bogotá
        Comoros | Comorian, Comorians | Moroni
        Congo | Congolese | Brazzaville | Republic of the Congo, Congo-Brazzaville
        Democratic Republic of the Congo | Congolese | Kinshasa | DRC, DR Congo, Congo-Kinshasa
        Costa Rica | Costa Rican, Costa Ricans | San Jose, San José
        Cote d'Ivoire | Ivorian, Ivorians | Yamoussoukro, Abidjan | Ivory Coast, Côte d'Ivoire, Côte d’Ivoire
        Croatia | Croatian, Croatians, Croat, Croats | Zagreb
        Cuba | Cuban, Cubans | Havana
        Cyprus | Cypriot, Cypriots | Nicosia
        Czech Republic | Czech, Czechs | Prague | Czechia
        Denmark | Danish, Dane, Danes | Copenhagen
        Djibouti | Djiboutian, Djiboutians | Djibouti City
        Dominica | | Roseau
        Dominican Republic | Dominican, Dominicans | Santo Domingo
        Ecuador | Ecuadorian, Ecuadorians, Ecuadorean | Quito
        Egypt | Egyptian, Egyptians | Cairo
        El Salvador | Salvadoran, Salvadorans, Salvadorean | San Salvador
        Equatorial Guinea | Equatorial Guinean, Equatoguinean | Malabo
        Eritrea | Eritrean, Eritreans | Asmara
        Estonia | Estonian, Estonians | Tallinn
        Eswatini | Swazi, Swazis | Mbabane | Swaziland
        Ethiopia | Ethiopian, Ethiopians | Addis Ababa
        Fiji | Fijian, Fijians | Suva
        Finland | Finnish, Finn, Finns | Helsinki
        France | French, Frenchman, Frenchwoman | Paris
        Gabon | Gabonese | Libreville
        Gambia | Gambian, Gambians | Banjul | The Gambia
        Georgia | Georgian, Georgians | Tbilisi
        Germany | German, Germans | Berlin
        Ghana | Ghanaian, Ghanaians | Accra
        Greece | Greek, Greeks | Athens
        Grenada | Grenadian, Grenadians | St. George's
        Guatemala | Guatemalan, Guatemalans | Guatemala City
        Guinea | Guinean, Guineans | Conakry
        Guinea-Bissau | Bissau-Guinean | Bissau
        Guyana | Guyanese | Georgetown
        Haiti | Haitian, Haitians | Port-au-Prince
        Honduras | Honduran, Hondurans | Tegucigalpa
        Hungary | Hungarian, Hungarians | Budapest
        Iceland | Icelandic, Icelander, Icelanders | Reykjavik
        India | Indian, Indians | New Delhi
        Indonesia | Indonesian, Indonesians | Jakarta
        Iran | Iranian, Iranians | Tehran | Islamic Republic of Iran
        Iraq | Iraqi, Iraqis | Baghdad
        Ireland | Irish | Dublin | Republic of Ireland
        Israel | Israeli, Israelis | Jerusalem
        Italy | Italian, Italians | Rome
        Jamaica | Jamaican, Jamaicans | Kingston
        Japan | Japanese | Tokyo
        Jordan | Jordanian, Jordanians | Amman
        Kazakhstan | Kazakh, Kazakhs, Kazakhstani | Astana
        Kenya | Kenyan, Kenyans | Nairobi
        Kiribati | I-Kiribati | Tarawa
        Kuwait | Kuwaiti, Kuwaitis | Kuwait City
        Kyrgyzstan | Kyrgyz | Bishkek
        Laos | Lao, Laotian, Laotians | Vientiane
        Latvia | Latvian, Latvians | Riga
        Lebanon | Lebanese | Beirut
        Lesotho | Basotho, Mosotho | Maseru
        Liberia | Liberian, Liberians | Monrovia
        Libya | Libyan, Libyans | Tripoli
        Liechtenstein | Liechtensteiner | Vaduz
        Lithuania | Lithuanian, Lithuanians | Vilnius
        Luxembourg | Luxembourgish, Luxembourger | Luxembourg City
        Madagascar | Malagasy | Antananarivo
        Malawi | Malawian, Malawians | Lilongwe
        Malaysia | Malaysian, Malaysians | Kuala Lumpur
        Maldives | Maldivian, Maldivians | Malé
        Mali | Malian, Malians | Bamako
        Malta | Maltese | Valletta
        Marshall Islands | Marshallese | Majuro
        Mauritania | Mauritanian, Mauritanians | Nouakchott
        Mauritius | Mauritian, Mauritians | Port Louis
        Mexico | Mexican, Mexicans | Mexico City
        Micronesia | Micronesian, Micronesians | Palikir
        Moldova | Moldovan, Moldovans | Chisinau, Chișinău
        Monaco | Monegasque, Monacan | Monaco-Ville
        Mongolia | Mongolian, Mongolians | Ulaanbaatar, Ulan Bator
        Montenegro | Montenegrin, Montenegrins | Podgorica
        Morocco | Moroccan, Moroccans | Rabat
        Mozambique | Mozambican, Mozambicans | Maputo
        Myanmar | Myanmar, Burmese | Naypyidaw, Naypyitaw | Burma
        Namibia | Namibian, Namibians | Windhoek
        Nauru | Nauruan | Yaren
        Nepal | Nepali, Nepalese | Kathmandu
        Netherlands | Dutch, Dutchman | Amsterdam, The Hague | Holland, The Netherlands
        New Zealand | New Zealander, New Zealanders, Kiwi | Wellington | NZ
        Nicaragua | Nicaraguan, Nicaraguans | Managua
        Niger | Nigerien, Nigeriens | Niamey
        Nigeria | Nigerian, Nigerians | Abuja
        North Korea | North Korean, North Koreans | Pyongyang | DPRK, Democratic People's Republic of Korea
        North Macedonia | Macedonian, Macedonians | Skopje | Macedonia
        Norway | Norwegian, Norwegians | Oslo
        Oman | Omani, Omanis | Muscat
        Pakistan | Pakistani, Pakistanis | Islamabad
        Palau | Palauan | Ngerulmud
        Palestine | Palestinian, Palestinians | Ramallah | Palestinian territories, State of Palestine
        Panama | Panamanian, Panamanians | Panama City
        Papua New Guinea | Papua New Guinean | Port Moresby | PNG
        Paraguay | Paraguayan, Paraguayans | Asuncion, Asunción
        Peru | Peruvian, Peruvians | Lima
        Philippines | Filipino, Filipinos, Philippine | Manila | The Philippines
        Poland | Polish, Pole, Poles | Warsaw
        Portugal | Portuguese | Lisbon
        Qatar | Qatari, Qataris | Doha
        Romania | Romanian, Romanians | Bucharest
        Russia | Russian, Russians | Moscow | Russian Federation
        Rwanda | Rwandan, Rwandans | Kigali
        Saint Kitts and Nevis | Kittitian | Basseterre | St Kitts and Nevis
        Saint Lucia | Saint Lucian | Castries | St Lucia
        Saint Vincent and the Grenadines | Vincentian | Kingstown
        Samoa | Samoan, Samoans | Apia
        San Marino | Sammarinese | City of San Marino
        Sao Tome and Principe | Santomean | Sao Tome, São Tomé | São Tomé and Príncipe
        Saudi Arabia | Saudi, Saudis, Saudi Arabian | Riyadh
        Senegal | Senegalese | Dakar
        Serbia | Serbian, Serbians, Serb, Serbs | Belgrade
        Seychelles | Seychellois | Victoria
        Sierra Leone | Sierra Leonean, Sierra Leoneans | Freetown
        Singapore | Singaporean, Singaporeans | Singapore
        Slovakia | Slovak, Slovaks, Slovakian | Bratislava
        Slovenia | Slovenian, Slovenians, Slovene | Ljubljana
        Solomon Islands | Solomon Islander | Honiara
        Somalia | Somali, Somalis | Mogadishu
        South Africa | South African, South Africans | Pretoria, Cape Town
        South Korea | South Korean, South Koreans | Seoul | Republic of Korea, ROK
        South Sudan | South Sudanese | Juba
        Spain | Spanish, Spaniard, Spaniards | Madrid
        Sri Lanka | Sri Lankan, Sri Lankans | Colombo, Sri Jayawardenepura Kotte
        Sudan | Sudanese | Khartoum
        Suriname | Surinamese | Paramaribo
        Sweden | Swedish, Swede, Swedes | Stockholm
        Switzerland | Swiss | Bern
        Syria | Syrian, Syrians | Damascus
        Taiwan | Taiwanese | Taipei
        Tajikistan | Tajik, Tajiks | Dushanbe
        Tanzania | Tanzanian, Tanzanians | Dodoma
        Thailand | Thai, Thais | Bangkok
        Timor-Leste | Timorese | Dili | East Timor
        Togo | Togolese | Lome, Lomé
        Tonga | Tongan, Tongans | Nuku'alofa
        Trinidad and Tobago | Trinidadian, Trinidadians, Tobagonian | Port of Spain
        Tunisia | Tunisian, Tunisians | Tunis
        Turkey | Turkish, Turk, Turks | Ankara | Türkiye, Turkiye
        Turkmenistan | Turkmen | Ashgabat
        Tuvalu | Tuvaluan | Funafuti
        Uganda | Ugandan, Ugandans | Kampala
        Ukraine | Ukrainian, Ukrainians | Kyiv, Kiev
        United Arab Emirates | Emirati, Emiratis | Abu Dhabi | UAE, U.A.E., Emirates
        United Kingdom | British, Briton, Britons, Brit, Brits | London | UK, U.K., Britain, Great Britain
        United States | American, Americans | Washington | US, U.S., USA, U.S.A., America, United States of America
        Uruguay | Uruguayan, Uruguayans | Montevideo
        Uzbekistan | Uzbek, Uzbeks, Uzbekistani | Tashkent
        Vanuatu | Ni-Vanuatu | Port Vila
        Vatican City | Vatican | Vatican City | Holy See, Vatican
        Venezuela | Venezuelan, Venezuelans | Caracas
        Vietnam | Vietnamese | Hanoi | Viet Nam
        Yemen | Yemeni, Yemenis | Sanaa, Sana'a
        Zambia | Zambian, Zambians | Lusaka
        Zimbabwe | Zimbabwean, Zimbabweans | Harare
        Kosovo | Kosovar, Kosovars, Kosovan | Pristina
        Soviet Union | Soviet, Soviets | Moscow | USSR, U.S.S.R.
        """
}
