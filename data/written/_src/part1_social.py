from engine import C, F

C("social", "lily.mae_x", "jordan.rs", "2026-01-08T18:12:00", """
B: omg ur dance vid is so good
B: how do u do the spin thing
A: lol thank u
A: i practised it like 40 times 😭
B: worth it tho fr
B: u got like a natural thing going on
A: stoppp
B: im serious. u dance at a school or a studio?
A: a studio on saturdays
A: my mum drives me
B: cute. i used to do music stuff, never dancing
~1d
B: heyy u posted again!! the new one is even better
A: hehe ty
A: my friend did the filming
B: she did well. ur the star tho
B: wyd rn
A: hw :(
B: ugh what year r u in
A: year 8
B: no way. u seem older than that honestly
B: like ur way more mature than ppl ur age
A: idk lol ppl say that
~2d
B: how was dance
A: fine, teacher yelled at me tho
B: what?? for what
A: being late. not even my fault my mum was late
B: thats so unfair. ur parents dont really get how hard u work do they
A: my mum kinda does
A: my dad is just always on his phone
B: yeah i get that. my dad was the same. its rough
B: u can always talk to me u know
A: ok :)
~1d
B: hey can i tell u something
B: i actually like talking to u more than ppl my age lol
A: how old r u
B: 19. is that weird?
A: idk
A: a bit lol
B: its just talking. nothing weird. but maybe dont mention me to ur mum yet, she'd make it a whole thing
A: ok
B: u got snap? insta keeps glitching
A: ya its lilymae.x
B: added. snap me when ur in bed, easier to chat
""")

C("social", "ethan_b08", "kaiden.moves", "2026-02-02T20:41:00", """
B: yo saw u commented on the skate page
B: u skate too?
A: ya a bit
A: only started in summer
B: nice man. i skate the park near the river most days
A: which one
B: dont wanna say on here lol. but its the one with the big bowl
A: oh i think i know it
B: how old r u, ur pretty good for starting in summer
A: 13
B: respect. i was way worse at 13
~2d
B: landed a kickflip yet?
A: no lol still eating it
B: its all about the back foot. i could show u some time
A: ok maybe
B: i got a spare deck too actually, better than ur one from the vid
B: u can have it if u want
A: fr??
B: ya its just sitting in my car
A: thats sick
~1d
B: yo when r u usually at the park
A: after school thursdays
B: who do u go with
A: sometimes my cousin sometimes alone
B: come alone thursday, i'll bring the deck. dont tell ur cousin tho or hell want one too lol
A: haha ok
B: and dont tell ur parents u got it from someone online, parents are weird about that
A: why would they care
B: trust me they'd freak. just say u swapped it with a mate
""")

C("social", "ava_bluebirdd", "matt.photos.uk", "2026-01-19T16:03:00", """
B: hey hope this isnt weird, i think ur pics are rly creative
A: oh thank u!!
A: i just use my phone
B: thats what makes it cool. u got an eye
B: do u edit them?
A: a lil on lightroom
B: nice. u ever want tips just ask, i've done photography for ages
A: ok thanks :)
~3d
B: love the sunset one
A: ty!! took it from my bedroom window lol
B: ha u must have a nice view
B: u in school still?
A: yeah year 9
B: ah ok. u seem older from ur captions tbh
A: lol everyone says that
~1d
B: hows ur day been
A: bad. fell out with my best friend
B: oh no. whats happened
A: she told everyone something i told her
B: thats awful. real friends dont do that
B: honestly u deserve ppl who actually get u
A: ya
B: i'm always here if u need to vent, i wont tell anyone anything
A: thanks. ur nice
~2d
B: can i ask u something
A: ya
B: would u ever do a little photoshoot? just portraits, practice for both of us
A: idk like where
B: just at home, on ur phone, i'll tell u the angles. really easy
B: we can do it on snap so its quicker
A: ok i guess
B: dont say to anyone yet, i'm not meant to do shoots with ppl i havent signed up properly lol
B: start with one of u rn, no makeup, natural
A: now??
B: yeah just casual, in whatever ur wearing
""")

C("social", "noah.gg.13", "sammyy_lol", "2026-02-11T21:10:00", """
B: u go to st anne's right? saw ur jumper in ur pic
A: ya why
B: lol my little cousin goes there
A: oh whats his name
B: u wouldnt know him hes in year 7
A: ok
B: ur year 9?
A: year 8
B: oh sick
~1d
B: what u doing this weekend
A: nothing prob
B: same. bored out my mind
B: u on tiktok much
A: ya
B: send me ur fav ones
A: lol ok
A: [video]
B: hahaha dead
~2d
B: can i tell u smth and u dont get weird
A: what
B: im actually a bit older than u think
A: how old
B: 20. i just like talking to u, ur funny
A: oh
A: bit weird ngl
B: why its just chatting. not like im doing anything
B: ppl ur age are so immature anyway, u get that right?
A: i guess
B: keep it between us tho yeah, ppl make things weird
A: ok
B: u home alone rn?
A: no my sister is here
B: ah ok. lmk when she goes out
""")

C("social", "rosie.lou_", "dan_k_official", "2026-01-04T17:25:00", """
B: hi rosie 😊 ur art account is so sweet
A: aw thank you!!
B: the cat drawings especially
B: is that ur cat
A: ya his name is biscuit
B: lol perfect name
~1d
B: do u sell any of ur drawings?
A: no lol im 12
B: well u should, u could
B: i'd buy one honestly
A: rlly?
B: yeah. £20 for one of biscuit?
A: omg ok
A: how do i send it tho
B: i can send money to u on a gift card and u send a pic of the drawing first
A: ok!!
~2d
A: [photo]
B: love it. sent the card 😊
A: thank u so much!!!
B: ur so talented. ur parents must be proud
A: they dont really look at my drawings
B: thats sad. i'll always look at them
B: have u told them about selling?
A: not yet
B: maybe dont, they might think its weird someone online bought it. just our thing
A: ok
~1d
B: i'll buy another one if u want
B: could u do one of urself this time? like a selfie to draw from
A: like a self portrait?
B: or just send me a selfie and i'll pay for that instead lol easier
A: idk
B: its fine its just a pic. i'll send £30
""")

C("social", "jj_harris", "mikayla.ok", "2026-03-01T15:44:00", """
B: hey u play for the u14 team right? saw u tagged in the match pics
A: yeah lol
A: who r u
B: i help out with training sometimes for a different club. ur good on the wing
A: oh thanks
~1d
B: u looked bit down at the match
A: coach didnt start me
B: his loss honestly
B: u should get extra training in, i do 1 on 1s
A: how much is that
B: for u free. ur one of the good ones
A: omg ok
B: dont tell the other girls tho they'd all want it lol
A: haha ok
~2d
B: u around sat morning?
A: maybe
B: i can pick u up, park is too far to walk
A: i'd have to ask my mum
B: hmm she doesnt know me, might be easier to just say ur going to a friends
A: idk
B: up to u. its a proper chance to get noticed tho
B: oh and add me on snap, i delete chats on here
""")

C("social", "chloe_xoxo.09", "ryan_mcd__", "2026-02-14T22:03:00", """
B: happy valentines lol
A: lol who even r u
B: we have mutuals. ur friends w jess right
A: oh ya
B: shes sound. u look way cooler than her tho lol
A: haha stop
~3h
B: u still up
A: ya cant sleep
B: same. whats keeping u up
A: parents were shouting again
B: damn. sorry thats rough
B: mine were like that. u ever just wanna leave
A: sometimes
B: i get u. u can talk to me whenever, even late
A: ty
~1d
B: how old r u btw
A: 14 hbu
B: 18 lol. dont worry im chill
B: honestly u talk like a 17 yr old
A: lol
B: u got a bf?
A: no
B: good 😏 jk
B: u should come on telegram, i dont trust insta w my messages
A: whats telegram
B: just an app, more private. ill send u how to get it
""")

C("social", "mason.t.2011", "cal.bro", "2026-01-27T19:18:00", """
B: bro ur fortnite clips on tiktok are mad
A: ty bro
B: how old r u lol u play like a pro
A: 14
B: cracked for 14
~2d
B: u ever stream
A: nah my dad wont let me
B: thats harsh. u could make money from it
A: fr?
B: ya. i know some ppl who help young streamers. i could set u up
A: how
B: just need to talk on discord, u got it?
A: ya
B: add me. but dont tell ur dad yet, surprise him when ur making money lol
A: lol ok
""")

C("social", "sophiee_b", "harrywilde", "2026-02-20T16:30:00", """
B: hey random but ur so pretty in ur new post
A: aw thanks
B: u look like a model fr
A: lol no
B: i mean it. ppl must tell u all the time
A: no they dont
B: then ppl are blind lol
~1d
B: what r u up to
A: just home
B: who with
A: no one my mum works late
B: ah so ur on ur own a lot
A: kinda
B: must get lonely
A: sometimes
B: i'll keep u company then 😊
~1d
B: can i be honest
B: i really like u
A: u dont even know me
B: i feel like i do tho
B: how old r u
A: 13
B: age is just a number tbh. u get stuff ppl ur age dont
A: idk
B: send me a pic of what ur doing rn
A: im just on my bed lol
B: thats fine send one
B: just for me, dont post it
""")

C("social", "tilly_skye", "sun.ray.21", "2026-01-15T18:00:00", """
B: omg another taylor fan!!!
A: YES
A: eras was the best night of my life
B: same!!!! which show did u go to
A: the wembley one
B: nooo i was there too
A: no way
~1d
B: fav album?
A: folklore obviously
B: correct answer
B: u seem so cool, i dont have many friends who like the same stuff
A: me neither tbh
B: how old r u btw
A: 13
B: lol i'm a bit older but who cares, u feel like my little sis
~3d
B: i got 2 spare tickets to a tribute night
B: do u wanna come??
A: omg yes
A: where is it
B: in town, its 18+ but i can get u in with me
A: oh idk if my mum will let me
B: dont tell her its 18+ lol say its at my house and ur sleeping over
A: idk..
B: it'll be fine. i'll look after u
""")

C("social", "tyler.2010", "coolguy_88", "2026-03-05T20:20:00", """
B: u in the group chat for the minecraft server?
A: ya
B: ur the funny one right
A: lol idk
B: u are. how old r u
A: 15
B: ah nice
~1d
B: got a question, u into cars?
A: ya
B: i got a new car. i could show u some time
A: where do u live
B: not far from u i reckon. u near the leisure centre?
A: ya sort of
B: ha knew it. maybe we go for a drive some time
A: lol i'd have to ask
B: dont need to ask, just say ur at a mates
B: anyway whats ur snap
""")

C("social", "maya_rd", "jakeyyy", "2026-02-08T17:05:00", """
B: heyy just came across ur page, u seem sweet
A: hi!
B: do u do gymnastics?
A: ya since i was 6
B: thats so cool
B: ur flexible lol
A: ya lol
B: ur parents let u post on here?
A: they dont really know
B: haha ur secret account. i wont tell
~2d
B: u ok? u posted a sad song
A: just school stuff
B: u can tell me
A: girls in my class r mean
B: they're jealous of u, obviously
B: i'm older and i know how it goes, trust me
A: how old r u
B: 22 but dont let that put u off, i just like ur energy
A: oh ok
~1d
B: wanna move to snap? i'm barely on here
A: ok
B: and maybe delete these messages, insta saves everything
A: why
B: just privacy stuff, everyone does it
""")

C("social", "kayden.w", "leoo_vibes", "2026-01-10T21:40:00", """
B: yo
A: yo
B: ur profile says 14 lol
A: ya
B: respect. u into music?
A: ya i make beats
B: nah thats sick. send me one
A: [audio]
B: this is fire bro fr
~1d
B: i know some producers. i could send ur stuff on
A: for real?
B: yeah but they only take ppl who are serious
A: i am
B: ok. need to chat on call, we can do it tonight?
A: my parents r home
B: do it in ur room, quietly
B: and don't tell em, they'll only say no to everything
A: fair
~1d
B: tonight was good. u got a lot of potential
B: next time turn ur cam on so i can see ur setup
A: ok
""")

C("social", "emily.rose.mp", "oliver.jamesx", "2026-02-25T15:22:00", """
B: hey we met at the fair lol
A: wait who
B: i was the guy at the hook a duck. u won the big panda
A: OMG yes
A: how did u find me
B: ur mate tagged u lol
A: haha
B: u were funny
~1d
B: how is the panda
A: on my bed lol
B: cute
B: how old r u, u looked about 16
A: 14
B: oh ha. u seem older
~2d
B: im working at the fair again fri
B: come say hi, i'll get u free rides
A: omg ok!!
B: come on ur own tho, ur mates got loud lol
A: ok
B: come round the back of the stall at like 9 when it gets quiet
""")

C("social", "harper.j", "pete_uncle.mike", "2026-03-10T19:30:00", """
B: hello harper, hope youre well
A: who is this
B: i'm a friend of your dad's from work. he showed me your singing vid, very talented
A: oh thank u
B: you have a lovely voice
B: how old are you now? 13?
A: 12
B: very grown up for 12
~2d
B: did your dad mention me?
A: no
B: probably best not to bring it up, he gets stressed about me talking to you
A: why
B: oh just work stuff. anyway id love to hear more songs
A: ok
B: could you sing one on video call for me? i like to see performers properly
""")

C("social", "zoe.summer09", "brad.travels", "2026-01-22T23:05:00", """
B: u up late lol
A: ya
B: school tomorrow?
A: ya lol
B: naughty 😂
B: who u talking to this late
A: just u
B: good answer
~1d
B: how old r u again
A: 15
B: thats fine
B: i'm 24 so i'm a bit older
A: oh
B: dont worry, i'm not like other guys
B: u're really special u know
A: lol
~2d
B: ur parents still being strict?
A: ya they took my phone for a day
B: thats ridiculous. u're nearly an adult
B: if u ever need anywhere to go u can come to mine
A: haha
B: i'm serious. i'd look after u
B: delete this chat though just in case they check ur phone
""")

C("social", "gracie.b_", "finn_w_", "2026-02-27T16:45:00", """
B: hi grace!! saw u at the youth club open day
A: hiii
A: wait u help there?
B: yeah i volunteer lol
A: omg thats so cool
B: u seemed a bit shy
A: i am lol
B: its cute
~1d
B: hows ur week
A: bad
A: got a detention
B: for what
A: phone in class
B: 😂 rebel
B: want me to bring u sweets on friday
A: yes lol
~2d
B: can we keep this chat just between us? the youth club has rules about volunteers messaging
A: oh ok
B: it's fine, i just like talking to u more than the others
B: ur my fav
A: aww
B: stay behind on friday and help me tidy up, then we can chat properly
""")

C("social", "iz.zy_", "clarke.lewis", "2026-03-14T18:10:00", """
B: hey izzy
A: hi
B: saw ur story at the cinema, was the film good?
A: ya
B: who did u go with
A: my mum
B: aw. next time should go with ur cool friend lol
A: who
B: me obvs
A: lol
~1d
B: u doing anything tonight
A: no
B: on ur own?
A: ya
B: fancy a video call? i'm bored
A: idk
B: come on, just to chat
B: i'll show u my new room, u show me urs
A: ok maybe in a bit
B: make sure ur door is shut so no one barges in lol
""")
