\restrict WglXnzcxcaXJsVHHVkvmjfeZ0F2PjRAMKyCMQodgBe7OtdU7dxhCglFZ7N3vmDm

--
-- PostgreSQL database dump
--

-- Dumped from database version 12.22 (Ubuntu 12.22-0ubuntu0.20.04.4)
-- Dumped by pg_dump version 17.6 (Debian 17.6-1.pgdg120+1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: applications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.applications (
    app_no character varying(12) NOT NULL,
    applicant_name text,
    mobile character varying(15),
    district text,
    category text,
    status text,
    load_kw numeric(6,2),
    address text,
    submitted_at timestamp with time zone,
    fee_paid boolean
);


--
-- Data for Name: applications; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.applications (app_no, applicant_name, mobile, district, category, status, load_kw, address, submitted_at, fee_paid) FROM stdin;
JP251141790	Tabassum Zaidi	6201954111	Faizabad	Domestic	SANCTIONED	2.50	Flat C-935, Shalimar Apartments, Sahadatganj, Faizabad	2025-11-01 09:30:29+05:30	t
JP251130207	Kamal Mehrotra	9154822655	Agra	Commercial	SANCTIONED	9.00	H.No. 317, Sikandra, Agra - 282007	2025-11-01 09:59:50+05:30	t
JP251142953	Nisha Mathur	9784808100	Faizabad	Domestic	NEW	4.00	375/28, Mohalla Qazi Tola, Naka Muzaffara, Faizabad 224021	2025-11-01 10:10:58+05:30	t
JP251178198	Rajan Ojha	7870371475	Kanpur Nagar	Commercial	SANCTIONED	6.50	Flat F-794, Omaxe Apartments, Govind Nagar, Kanpur Nagar	2025-11-01 10:24:43+05:30	t
JP251172402	Vikram Thakur	9669756153	Varanasi	Domestic	SANCTIONED	3.50	Flat C-250, Shalimar Apartments, Chowk, Varanasi	2025-11-01 10:48:23+05:30	t
JP251194509	Divya Chaudhary	8282247309	Lucknow	Domestic	UNDER_SCRUTINY	2.00	H.No. 364, Gomti Nagar, Lucknow - 226028	2025-11-01 10:59:48+05:30	t
JP251130211	Kavita Yadav	9547162232	Kanpur Nagar	Domestic	UNDER_SCRUTINY	4.50	285/16, Sector 4, Near St. Mary's School, Kakadeo, Kanpur Nagar 208023	2025-11-01 11:21:46+05:30	t
JP251109107	Indu Dixit	6685327215	Allahabad	Domestic	SANCTIONED	4.50	H.No. 78, Jhunsi, Allahabad - 211011	2025-11-01 11:36:59+05:30	t
JP251159306	Aarav Garg	9795057828	Prayagraj	Domestic	UNDER_SCRUTINY	2.00	मकान नं. 144, Mumfordganj, प्रयागराज - 211013	2025-11-01 11:44:04+05:30	t
JP251153236	Savita Sahu	9876783940	Allahabad	Agricultural	NEW	6.00	Village Dhaurahra, Post Sikandarpur, Tehsil Allahabad Sadar, District Allahabad - 211023	2025-11-01 11:55:33+05:30	t
JP251143561	Javed Farooqui	9050507548	Varanasi	Domestic	SANCTIONED	4.50	203/7, Sector 4, Sarnath, Varanasi 221025	2025-11-01 12:16:53+05:30	t
JP251130786	Aishwarya Kanaujia	9907703881	Ghaziabad	Domestic	UNDER_SCRUTINY	3.00	H.No. 361, Vaishali, Ghaziabad - 201030	2025-11-01 12:40:03+05:30	t
JP251153187	Kishore Dhobi	6950933736	Allahabad	Domestic	UNDER_SCRUTINY	2.50	H.No. 196, Mumfordganj, Allahabad - 211008	2025-11-01 12:54:57+05:30	t
JP251162438	Vipin Bhatnagar	9884341650	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.50	Flat A-864, Shipra Apartments, Barra, Kanpur Nagar	2025-11-01 13:04:44+05:30	t
JP251182778	Vandana Gautam	9416049227	Gorakhpur	Domestic	SANCTIONED	3.50	Flat C-592, Ansal Apartments, Golghar, Gorakhpur	2025-11-01 13:19:12+05:30	t
JP251198417	Pushpa Chaurasia	9765777471	Agra	Domestic	SANCTIONED	3.50	H.No. 253, Sikandra, Agra - 282015	2025-11-01 13:38:08+05:30	t
JP251114210	Naseem Farooqui	9206742125	Lucknow	Commercial	SANCTIONED	7.00	297/26, Nai Basti, Chinhat, Lucknow 226010	2025-11-01 14:02:46+05:30	t
JP251169692	Hema Sinha	09524432270	Ghaziabad	Agricultural	UNDER_SCRUTINY	6.00	Village Nawada, Post Chandpur, Near Bank of Baroda, Tehsil Ghaziabad Sadar, District Ghaziabad - 201016	2025-11-01 14:11:05+05:30	t
JP251198610	Aman Kumar Rai	9986296575	Varanasi	Domestic	SANCTIONED	5.00	Flat E-733, Eldeco Apartments, Sigra, Varanasi	2025-11-01 14:24:12+05:30	t
JP251179305	Anand Awasthi	+919315362925	Agra	Domestic	SANCTIONED	2.00	292/10, Station Road, Near Gupta's Sweets, Tajganj, Agra 282026	2025-11-01 14:35:47+05:30	t
JP251138344	Anurag Baghel	9809701194	Varanasi	Domestic	SANCTIONED	4.50	H.No. 125, Chowk, Varanasi - 221021	2025-11-01 14:57:38+05:30	t
JP251197150	Akanksha Goel	8525438385	Ghaziabad	Domestic	NEW	1.00	H.No. 328, Kavi Nagar, Ghaziabad - 201020	2025-11-01 15:11:33+05:30	t
JP251182057	Sana Hashmi	6023049406	Lucknow	Commercial	REJECTED	3.00	H.No. 171, Rajajipuram, Lucknow - 226029	2025-11-01 15:31:06+05:30	t
JP251101235	Ashok Patel	+917074622848	Faizabad	Domestic	SANCTIONED	2.50	222/14, Gali No. 2, Bilharghat, Faizabad 224025	2025-11-01 15:47:07+05:30	t
JP251192513	Manish Tandon	9515608136	Ayodhya	Domestic	UNDER_SCRUTINY	3.00	H.No. 381, Sahadatganj, Ayodhya - 224017	2025-11-01 16:09:47+05:30	t
JP251153128	Avinash Dhuria	9367273371	Ghaziabad	Commercial	SANCTIONED	10.00	H.No. 142, Raj Nagar Extension, Ghaziabad - 201013	2025-11-01 16:25:19+05:30	t
JP251161517	Prashant Rawat	9781964736	Faizabad	Domestic	REJECTED	5.00	Flat F-203, Gaur Apartments, Sahadatganj, Faizabad	2025-11-01 16:42:09+05:30	t
JP251140398	Vivek Kumar Kannaujiya	8389824767	Gorakhpur	Domestic	SANCTIONED	4.00	Flat D-379, Shipra Apartments, Bichhiya, Gorakhpur	2025-11-01 16:44:23+05:30	t
JP251163771	Nadeem Khan	9686497757	Faizabad	Domestic	NEW	3.50	186/35, Gali No. 2, Naka Muzaffara, Faizabad 224018	2025-11-01 17:12:33+05:30	f
JP251130969	Abdul Khan	8017550158	Agra	Domestic	UNDER_SCRUTINY	1.50	Flat A-122, Gaur Apartments, Kamla Nagar, Agra	2025-11-01 17:24:48+05:30	t
JP251100592	Chetan Prasad Upadhyay	9074517662	Ghaziabad	Domestic	SANCTIONED	4.00	H.No. 258, Vijay Nagar, Ghaziabad - 201021	2025-11-03 09:42:05+05:30	t
JP251177591	Rizwan Ansari	9076338238	Lucknow	Domestic	SANCTIONED	2.50	363/9, Gali No. 5, Near Sharma's Clinic, Gomti Nagar, Lucknow 226028	2025-11-03 09:56:16+05:30	t
JP251155590	Alka Dhobi	6592473758	Kanpur Nagar	Commercial	NEW	2.00	H.No. 38, Kidwai Nagar, Kanpur Nagar - 208029	2025-11-03 10:14:03+05:30	t
JP251168196	Aakash Kannaujiya	9087214580	Kanpur Nagar	Agricultural	SANCTIONED	3.00	मकान नं. 219, Barra, कानपुर - 208027	2025-11-03 10:34:44+05:30	t
JP251147379	Shyam Saxena	07338975933	Ghaziabad	Commercial	NEW	2.00	302/7, Mohalla Qazi Tola, Kavi Nagar, Ghaziabad 201020	2025-11-03 10:40:11+05:30	t
JP251126601	Rani Rathi	6956272916	Lucknow	Commercial	UNDER_SCRUTINY	3.50	Flat E-803, Omaxe Apartments, Indira Nagar, Lucknow	2025-11-03 11:00:54+05:30	t
JP251122902	Shivani Rajput	9822095342	Lucknow	Agricultural	SANCTIONED	4.00	Village Chandpur, Post Madhopur, Near St. Mary's School, Tehsil Lucknow Sadar, District Lucknow - 226021	2025-11-03 11:13:42+05:30	t
JP251107188	Reena Devi Dhobi	9288658864	Varanasi	Domestic	UNDER_SCRUTINY	2.00	209/30, Gali No. 5, Chowk, Varanasi 221004	2025-11-03 11:28:12+05:30	t
JP251189492	Jitendra Gond	7834154021	Faizabad	Domestic	UNDER_SCRUTINY	5.00	178/3, Mohalla Qazi Tola, Darshan Nagar, Faizabad 224024	2025-11-03 11:43:17+05:30	t
JP251162230	Vinay Dhuria	9240270900	Lucknow	Domestic	SANCTIONED	3.50	40/38, Sector 4, Aliganj, Lucknow 226006	2025-11-03 12:04:04+05:30	t
JP251163525	Lakshmi Chaudhary	9206576043	Varanasi	Commercial	UNDER_SCRUTINY	4.00	H.No. 98, Mahmoorganj, Varanasi - 221020	2025-11-03 12:16:31+05:30	t
JP251139620	Satish Kurmi	9620931773	Gorakhpur	Domestic	SANCTIONED	3.50	H.No. 302, Golghar, Gorakhpur - 273001	2025-11-03 12:44:42+05:30	t
JP251104362	Kalpana Devi Kesarwani	8221868357	Lucknow	Domestic	SANCTIONED	1.00	259/17, Mohalla Qazi Tola, Aliganj, Lucknow 226029	2025-11-03 13:01:01+05:30	t
JP251164841	Rajan Dhobi	9817555857	Varanasi	Domestic	NEW	4.00	H.No. 115, Lanka, Varanasi - 221023	2025-11-03 13:08:37+05:30	t
JP251179380	Rakesh Jaiswal	9118590680	Ghaziabad	Domestic	NEW	4.50	H.No. 55, Indirapuram, Ghaziabad - 201004	2025-11-03 13:19:40+05:30	t
JP251198306	Pinki Verma	8183584214	Lucknow	Commercial	UNDER_SCRUTINY	2.50	201/31, Station Road, Aliganj, Lucknow 226011	2025-11-03 13:36:09+05:30	t
JP251117778	Keshav Rajbhar	9853772784	Faizabad	Domestic	REJECTED	4.50	Flat E-810, Shalimar Apartments, Deokali, Faizabad	2025-11-03 14:01:47+05:30	t
JP251173203	Anuj Pathak	6384109059	Ghaziabad	Commercial	UNDER_SCRUTINY	3.50	136/5, Station Road, Vijay Nagar, Ghaziabad 201006	2025-11-03 14:07:20+05:30	t
JP251187391	Shivam Dhobi	9448400104	Ghaziabad	Domestic	UNDER_SCRUTINY	4.50	288/25, Nai Basti, Crossings Republik, Ghaziabad 201023	2025-11-03 14:25:10+05:30	t
JP251101400	Santosh Kumar Dhobi	7263278612	Faizabad	Domestic	SANCTIONED	2.50	Flat D-389, Shipra Apartments, Deokali, Faizabad	2025-11-03 14:50:55+05:30	t
JP251172671	Wasim Khan	7952153958	Agra	Commercial	UNDER_SCRUTINY	7.50	Flat F-985, Shipra Apartments, Sikandra, Agra	2025-11-03 15:08:51+05:30	t
JP251122063	Vikram Sengar	9331932321	Allahabad	Domestic	SANCTIONED	3.00	H.No. 294, Phaphamau, Allahabad - 211009	2025-11-03 15:10:58+05:30	t
JP251170202	Shalini Bhatnagar	9955934789	Agra	Domestic	UNDER_SCRUTINY	2.00	H.No. 34, Shahganj, Agra - 282026	2025-11-03 15:35:27+05:30	t
JP251194768	Asha Prajapati	9455473255	Faizabad	Domestic	SANCTIONED	3.00	Flat E-461, Omaxe Apartments, Bilharghat, Faizabad	2025-11-03 15:50:44+05:30	t
JP251177786	Naushad Malik	6842901231	Gorakhpur	Domestic	REJECTED	2.00	H.No. 232, Mohaddipur, Gorakhpur - 273002	2025-11-03 16:14:11+05:30	t
JP251110277	Rakesh Soni	9451609223	Agra	Domestic	SANCTIONED	3.00	H.No. 341, Lohamandi, Agra - 282012	2025-11-03 16:17:24+05:30	t
JP251186487	Ayush Agnihotri	7948128439	Agra	Domestic	NEW	4.00	H.No. 91, Lohamandi, Agra - 282012	2025-11-03 16:35:10+05:30	t
JP251122335	Suresh Prasad Sengar	9792672699	Lucknow	Commercial	UNDER_SCRUTINY	8.50	Flat F-849, Gaur Apartments, Gomti Nagar, Lucknow	2025-11-03 16:49:45+05:30	t
JP251166621	Aarti Katiyar	7111626123	Lucknow	Domestic	SANCTIONED	5.00	Flat A-751, Shipra Apartments, Chinhat, Lucknow	2025-11-03 17:03:08+05:30	t
JP251176601	Jai Sahu	8361520190	Agra	Domestic	UNDER_SCRUTINY	1.50	137/33, Sector 4, Shahganj, Agra 282025	2025-11-03 17:27:18+05:30	t
JP251194485	Radha Khanna	9824521777	Lucknow	Domestic	NEW	1.00	193/39, Civil Lines Road, Aliganj, Lucknow 226014	2025-11-04 09:45:35+05:30	t
JP251145086	Lalita Devi Mittal	7329514327	Lucknow	Domestic	SANCTIONED	4.00	98/3, Purana Qila Road, Indira Nagar, Lucknow 226028	2025-11-04 10:00:07+05:30	t
JP251143577	Neelam Gupta	8954449142	Lucknow	Commercial	SANCTIONED	6.50	H.No. 374, Chinhat, Lucknow - 226005	2025-11-04 10:08:58+05:30	t
JP251145844	Siddharth Pathak	6862690211	Lucknow	Commercial	NEW	10.00	H.No. 374, Aminabad, Lucknow - 226010	2025-11-04 10:31:09+05:30	t
JP251123988	Sonam Sethi	9587044197	Allahabad	Domestic	SANCTIONED	1.00	298/16, Sector 4, Naini, Allahabad 211025	2025-11-04 10:41:50+05:30	t
JP251155312	Vinod Shakya	9314284016	Kanpur Nagar	Domestic	SANCTIONED	2.00	302/30, Purana Qila Road, Govind Nagar, Kanpur Nagar 208022	2025-11-04 11:06:45+05:30	t
JP251108465	Priyanka Singh	9438242031	Lucknow	Domestic	SANCTIONED	5.00	131/28, Sector 11, Gomti Nagar, Lucknow 226005	2025-11-04 11:20:43+05:30	t
JP251127897	Babloo Agarwal	7661980973	Varanasi	Commercial	NEW	6.00	Flat E-483, Ansal Apartments, Lanka, Varanasi	2025-11-04 11:33:14+05:30	t
JP251198409	Santosh Bind	6351105434	Gorakhpur	Commercial	UNDER_SCRUTINY	9.50	H.No. 360, Bichhiya, Gorakhpur - 273026	2025-11-04 11:57:22+05:30	t
JP251152827	Akanksha Srivastava	9336996335	Faizabad	Domestic	NEW	4.00	मकान नं. 127, Darshan Nagar, अयोध्या - 224019	2025-11-04 12:12:13+05:30	f
JP251112897	Aditya Kumar Arora	8849344495	Lucknow	Domestic	UNDER_SCRUTINY	1.00	123/40, Sector 4, Alambagh, Lucknow 226017	2025-11-04 12:21:38+05:30	t
JP251150142	Nisha Pal	9510374533	Lucknow	Domestic	SANCTIONED	4.50	296/37, Purana Qila Road, Indira Nagar, Lucknow 226003	2025-11-04 12:46:20+05:30	t
JP251166988	Pradeep Soni	9450121048	Lucknow	Domestic	UNDER_SCRUTINY	5.00	H.No. 103, Aliganj, Lucknow - 226023	2025-11-04 12:58:21+05:30	t
JP251111135	Yasmin Quraishi	9750919996	Agra	Domestic	SANCTIONED	1.50	Flat F-615, Omaxe Apartments, Kamla Nagar, Agra	2025-11-04 13:14:37+05:30	t
JP251109768	Rekha Goel	8565067490	Kanpur Nagar	Domestic	SANCTIONED	2.50	H.No. 250, Govind Nagar, Kanpur Nagar - 208013	2025-11-04 13:32:35+05:30	t
JP251176317	Azhar Shaikh	7237810500	Varanasi	Domestic	SANCTIONED	4.00	149/23, Purana Qila Road, Bhelupur, Varanasi 221028	2025-11-04 13:43:55+05:30	t
JP251177670	Irfan Sethi	09110428143	Varanasi	Domestic	UNDER_SCRUTINY	2.00	H.No. 104\\3, Mahmoorganj, Varanasi - 221027	2025-11-04 14:06:46+05:30	t
JP251188024	Anurag Bajpai	9998283730	Kanpur Nagar	Domestic	UNDER_SCRUTINY	2.00	H.No. 397, Panki, Kanpur Nagar - 208026	2025-11-04 14:08:56+05:30	t
JP251195420	Pankaj Kol	9481380034	Lucknow	Domestic	UNDER_SCRUTINY	1.00	H.No. 22, Indira Nagar, Lucknow - 226016	2025-11-04 14:32:23+05:30	t
JP251123313	Ritu Katiyar	6673687713	Gorakhpur	Agricultural	UNDER_SCRUTINY	8.00	Village Rampur, Post Sikandarpur, Tehsil Gorakhpur Sadar, District Gorakhpur - 273029	2025-11-04 14:47:10+05:30	t
JP251117129	Girish Yadav	8088945147	Varanasi	Domestic	UNDER_SCRUTINY	3.50	94/39, Gali No. 5, Chowk, Varanasi 221028	2025-11-04 14:57:55+05:30	t
JP251188857	Pradeep Awasthi	9985921890	Allahabad	Domestic	UNDER_SCRUTINY	2.00	H.No. 136, Naini, Allahabad - 211011	2025-11-04 15:18:25+05:30	t
JP251121954	Dharmendra Joshi	9764217563	Agra	Domestic	UNDER_SCRUTINY	1.50	Flat D-417, Gaur Apartments, Kamla Nagar, Agra	2025-11-04 15:42:56+05:30	t
JP251118606	Mohammad Ansari	7695761205	Ghaziabad	Commercial	NEW	10.00	Flat F-492, Eldeco Apartments, Raj Nagar Extension, Ghaziabad	2025-11-04 16:00:41+05:30	t
JP251137585	Sumit Sethi	9731194076	Gorakhpur	Domestic	UNDER_SCRUTINY	4.00	341/6, Civil Lines Road, Mohaddipur, Gorakhpur 273010	2025-11-04 16:08:40+05:30	t
JP251130428	Meena Sahu	9073151601	Gorakhpur	Domestic	SANCTIONED	4.50	H.No. 332, Mohaddipur, Gorakhpur - 273019	2025-11-04 16:19:44+05:30	t
JP251168971	Vivek Chandra	8341603410	Lucknow	Domestic	SANCTIONED	3.50	98/5, Civil Lines Road, Aliganj, Lucknow 226018	2025-11-04 16:45:33+05:30	t
JP251186965	Pushpa Tomar	7923831121	Ghaziabad	Domestic	REJECTED	1.00	Flat B-429, Omaxe Apartments, Vijay Nagar, Ghaziabad	2025-11-04 16:56:08+05:30	t
JP251164406	Kanchan Pasi	9201453641	Ghaziabad	Domestic	SANCTIONED	5.00	H.No. 342, Kavi Nagar, Ghaziabad - 201008	2025-11-04 17:19:53+05:30	t
JP251175133	Krishna Rathi	9077400784	Varanasi	Domestic	UNDER_SCRUTINY	4.00	156/7, Purana Qila Road, Chowk, Varanasi 221001	2025-11-04 17:23:45+05:30	t
JP251132841	Suresh Kumar Pathak	6502691445	Gorakhpur	Domestic	REJECTED	2.00	Flat D-884, Gaur Apartments, Golghar, Gorakhpur	2025-11-05 09:52:43+05:30	t
JP251125024	Gayatri Rathore	7580161848	Varanasi	Domestic	SANCTIONED	3.50	Flat D-300, Eldeco Apartments, Sigra, Varanasi	2025-11-05 10:02:38+05:30	t
JP251152425	Naushad Siddiqui	9035211456	Lucknow	Domestic	UNDER_SCRUTINY	3.00	H.No. 108, Aliganj, Lucknow - 226029	2025-11-05 10:22:16+05:30	t
JP251157508	Anwar Usmani	9616763168	Allahabad	Domestic	SANCTIONED	4.50	306/3, Purana Qila Road, Phaphamau, Allahabad 211028	2025-11-05 10:35:16+05:30	t
JP251137655	Om Sonkar	9811158044	Allahabad	Domestic	UNDER_SCRUTINY	3.50	H.No. 92, Near Jama Masjid, Phaphamau, Allahabad - 211017	2025-11-05 10:55:03+05:30	t
JP251105376	Kanchan Chandra	7809834359	Lucknow	Domestic	SANCTIONED	4.00	267/20, Sector 11, Near Shiv Mandir, Alambagh, Lucknow 226001	2025-11-05 11:07:28+05:30	t
JP251124364	Shalini Devi Bind	9818111614	Varanasi	Commercial	UNDER_SCRUTINY	2.00	Flat A-334, Eldeco Apartments, Bhelupur, Varanasi	2025-11-05 11:29:30+05:30	t
JP251197197	Asha Tyagi	+919001455930	Lucknow	Domestic	NEW	2.50	275/35, Station Road, Rajajipuram, Lucknow 226026	2025-11-05 11:29:59+05:30	t
JP251107760	Balram Kumar Thakur	7937041935	Ayodhya	Domestic	SANCTIONED	2.50	41/26, Civil Lines Road, Sahadatganj, Ayodhya 224021	2025-11-05 11:48:12+05:30	t
JP251102470	Kusum Rathi	9950902392	Lucknow	Agricultural	SANCTIONED	3.00	Village Dhaurahra, Post Bhagwanpur, Tehsil Lucknow Sadar, District Lucknow - 226017	2025-11-05 12:08:07+05:30	t
JP251170529	Azhar Naqvi	9668591821	Varanasi	Domestic	SANCTIONED	2.50	H.No. 252, Pandeypur, Varanasi - 221013	2025-11-05 12:24:28+05:30	t
JP251173617	Hari Ojha	9604445052	Agra	Domestic	UNDER_SCRUTINY	4.00	Flat F-810, Eldeco Apartments, Belanganj, Agra	2025-11-05 12:42:32+05:30	t
JP251172010	Prashant Mathur	6005926838	Prayagraj	Agricultural	NEW	6.00	Village Dhaurahra, Post Sikandarpur, Tehsil Prayagraj Sadar, District Prayagraj - 211012	2025-11-05 13:05:03+05:30	t
JP251184621	Balram Lodhi	09160009146	Faizabad	Commercial	SANCTIONED	7.50	H.No. 384, Darshan Nagar, Faizabad - 224011	2025-11-05 13:14:28+05:30	t
JP251180594	Raj Maurya	09746950818	Gorakhpur	Domestic	SANCTIONED	3.50	H.No. 48, Mohaddipur, Gorakhpur - 273001	2025-11-05 13:22:33+05:30	t
JP251143229	Jagdish Rajbhar	8653857130	Ghaziabad	Domestic	UNDER_SCRUTINY	3.00	151/37, Station Road, Loni, Ghaziabad 201023	2025-11-05 13:39:38+05:30	t
JP251152919	Ankit Kumar Kori	9487673302	Ghaziabad	Domestic	NEW	2.50	H.No. 345, Vaishali, Ghaziabad - 201001	2025-11-05 14:07:17+05:30	t
JP251147302	Jitendra Rajbhar	09639447348	Varanasi	Commercial	UNDER_SCRUTINY	10.00	127\\7/17, Gali No. 5, Shivpur, Varanasi 221017	2025-11-05 14:24:42+05:30	t
JP251134580	Hari Kapoor	9680247059	Varanasi	Domestic	NEW	3.50	H.No. 331, Sarnath, Varanasi - 221024	2025-11-05 14:27:47+05:30	f
JP251170184	Vinay Pal	9272145861	Allahabad	Domestic	SANCTIONED	5.00	Flat B-778, Gaur Apartments, Mumfordganj, Allahabad	2025-11-05 14:45:55+05:30	t
JP251181774	Monika Shakya	9922230679	Lucknow	Commercial	REJECTED	5.50	H.No. 3, Aliganj, Lucknow - 226006	2025-11-05 15:14:22+05:30	t
JP251198422	Preeti Shukla	6542895779	Lucknow	Domestic	UNDER_SCRUTINY	3.00	H.No. 184, Indira Nagar, Lucknow - 226016	2025-11-05 15:28:35+05:30	t
JP251149686	Gayatri Trivedi	9224246180	Agra	Domestic	UNDER_SCRUTINY	4.50	49/14, Block C, Sikandra, Agra 282018	2025-11-05 15:38:02+05:30	t
JP251101998	Renu Shukla	7580612723	Kanpur Nagar	Domestic	SANCTIONED	3.50	Flat E-549, Ansal Apartments, Shyam Nagar, Kanpur Nagar	2025-11-05 15:49:12+05:30	t
JP251102183	Poonam Sinha	9589989843	Gorakhpur	Domestic	REJECTED	4.00	Flat D-374, Shipra Apartments, Shahpur, Gorakhpur	2025-11-05 16:03:20+05:30	t
JP251124480	Rahul Prasad Gautam	8557206973	Lucknow	Commercial	NEW	2.00	Flat C-124, Ansal Apartments, Jankipuram, Lucknow	2025-11-05 16:20:27+05:30	t
JP251160625	Ramesh Agnihotri	9947204322	Ghaziabad	Domestic	NEW	4.00	375/37, Purana Qila Road, Crossings Republik, Ghaziabad 201009	2025-11-05 16:49:11+05:30	f
JP251110890	Ashutosh Mathur	9241662075	Ghaziabad	Agricultural	NEW	4.00	Village Semra, Post Madhopur, Tehsil Ghaziabad Sadar, District Ghaziabad - 201003	2025-11-05 17:03:54+05:30	t
JP251128340	Imran Shaikh	9843116347	Lucknow	Commercial	UNDER_SCRUTINY	8.00	H.No. 291, Aliganj, Lucknow - 226004	2025-11-05 17:07:53+05:30	t
JP251187103	Anand Kumar Sonkar	9282548667	Lucknow	Domestic	UNDER_SCRUTINY	4.50	12/21, Civil Lines Road, Rajajipuram, Lucknow 226004	2025-11-06 09:34:33+05:30	t
JP251116665	Kishore Tiwari	9346548288	Ghaziabad	Commercial	UNDER_SCRUTINY	2.00	360/10, Purana Qila Road, Vijay Nagar, Ghaziabad 201010	2025-11-06 09:40:00+05:30	t
JP251100334	Vishal Nishad	9976084233	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	357/29, Block C, Swaroop Nagar, Kanpur Nagar 208026	2025-11-06 09:58:59+05:30	t
JP251111165	Shyam Rajput	6950055623	Lucknow	Domestic	SANCTIONED	1.50	H.No. 353, Gomti Nagar, Lucknow - 226019	2025-11-06 10:26:33+05:30	t
JP251157697	Mohit Rastogi	9074866980	Lucknow	Domestic	UNDER_SCRUTINY	4.00	मकान नं. 186, Jankipuram, लखनऊ - 226009	2025-11-06 10:29:07+05:30	t
JP251156762	Deepa Verma	9230656806	Faizabad	Agricultural	SANCTIONED	10.00	Village Bhagwanpur, Post Chandpur, Tehsil Faizabad Sadar, District Faizabad - 224001	2025-11-06 10:54:22+05:30	t
JP251175537	Sandeep Kumar Nishad	9902036466	Ghaziabad	Domestic	UNDER_SCRUTINY	4.00	Flat E-482, Shalimar Apartments, Loni, Ghaziabad	2025-11-06 11:03:41+05:30	t
JP251117292	Heena Zaidi	9252925427	Agra	Domestic	SANCTIONED	3.50	H.No. 70, Khandari, Agra - 282010	2025-11-06 11:17:19+05:30	t
JP251114828	Pradeep Jatav	9476846701	Allahabad	Domestic	SANCTIONED	2.50	Flat C-280, Shalimar Apartments, Mumfordganj, Allahabad	2025-11-06 11:32:50+05:30	t
JP251166653	Ayush Srivastava	9049564294	Varanasi	Domestic	SANCTIONED	5.00	H.No. 359, Lanka, Varanasi - 221030	2025-11-06 11:54:48+05:30	t
JP251197173	Pooja Garg	9795635775	Faizabad	Domestic	UNDER_SCRUTINY	4.00	Flat A-834, Omaxe Apartments, Naka Muzaffara, Faizabad	2025-11-06 12:12:19+05:30	t
JP251101325	Rashmi Devi Mathur	7273920051	Ghaziabad	Commercial	UNDER_SCRUTINY	3.50	H.No. 205, Indirapuram, Ghaziabad - 201002	2025-11-06 12:36:12+05:30	t
JP251198186	Prashant Chauhan	9035492504	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.50	H.No. 185, Shyam Nagar, Kanpur Nagar - 208008	2025-11-06 12:44:19+05:30	t
JP251135513	Savita Devi Sengar	8371429746	Ghaziabad	Domestic	SANCTIONED	3.00	370/4, Block C, Kavi Nagar, Ghaziabad 201015	2025-11-06 12:53:07+05:30	t
JP251124357	Lalita Tandon	6169093111	Lucknow	Domestic	NEW	3.00	Flat E-921, Omaxe Apartments, Gomti Nagar, Lucknow	2025-11-06 13:13:15+05:30	t
JP251185177	Arjun Rawat	9764350996	Ghaziabad	Domestic	UNDER_SCRUTINY	3.00	Flat A-136, Omaxe Apartments, Crossings Republik, Ghaziabad	2025-11-06 13:33:43+05:30	t
JP251127225	Arjun Dwivedi	9769195437	Prayagraj	Domestic	SANCTIONED	3.50	57/15, Nai Basti, Jhunsi, Prayagraj 211014	2025-11-06 13:55:05+05:30	t
JP251120401	Ashish Gangwar	8381783504	Lucknow	Domestic	SANCTIONED	5.00	H.No. 382, Alambagh, Lucknow - 226005	2025-11-06 14:09:23+05:30	t
JP251125908	Babita Verma	+917245035100	Gorakhpur	Domestic	SANCTIONED	4.00	Flat F-525, Ansal Apartments, Mohaddipur, Gorakhpur	2025-11-06 14:22:05+05:30	t
JP251115918	Rajesh Kumar Soni	9695149417	Ghaziabad	Domestic	SANCTIONED	4.00	146/15, Gali No. 2, Vijay Nagar, Ghaziabad 201027	2025-11-06 14:41:01+05:30	t
JP251168356	Keshav Prasad Goel	9481043107	Varanasi	Domestic	UNDER_SCRUTINY	1.50	मकान नं. 17, Chowk, वाराणसी - 221016	2025-11-06 14:54:13+05:30	t
JP251183531	Amar Verma	+917733931439	Agra	Domestic	SANCTIONED	1.50	1/34, Gali No. 2, Tajganj, Agra 282018	2025-11-06 15:16:49+05:30	t
JP251137980	Varsha Shakya	7076269467	Agra	Domestic	REJECTED	2.50	Flat B-840, Shipra Apartments, Khandari, Agra	2025-11-06 15:27:51+05:30	t
JP251114267	Durga Mathur	9878230055	Gorakhpur	Commercial	REJECTED	2.00	255/25, Sector 4, Betiahata, Gorakhpur 273006	2025-11-06 15:41:06+05:30	t
JP251161927	Tarun Khanna	9857973536	Ghaziabad	Domestic	UNDER_SCRUTINY	1.50	107/35, Sector 11, Crossings Republik, Ghaziabad 201009	2025-11-06 16:02:52+05:30	t
JP251139281	Rani Bajaj	9914835522	Faizabad	Domestic	SANCTIONED	4.00	H.No. 190, Deokali, Faizabad - 224030	2025-11-06 16:18:54+05:30	t
JP251139552	Geeta Pathak	9291750247	Ghaziabad	Commercial	NEW	4.50	Flat B-927, Shipra Apartments, Vijay Nagar, Ghaziabad	2025-11-06 16:25:51+05:30	t
JP251104990	Sonia Rathi	9729208263	Allahabad	Domestic	SANCTIONED	3.50	H.No. 172, Naini, Allahabad - 211029	2025-11-06 16:47:44+05:30	t
JP251134845	Aishwarya Goel	9743008560	Faizabad	Domestic	UNDER_SCRUTINY	5.00	Flat E-717, Omaxe Apartments, Civil Lines, Faizabad	2025-11-06 17:02:29+05:30	t
JP251136688	Pushpa Kanaujia	+919108092525	Ghaziabad	Commercial	NEW	9.00	371/32, Gali No. 5, Loni, Ghaziabad 201017	2025-11-06 17:13:51+05:30	t
JP251150493	Sohail Naqvi	9881138880	Lucknow	Agricultural	REJECTED	7.00	Village Madhopur, Post Chandpur, Tehsil Lucknow Sadar, District Lucknow - 226025	2025-11-06 17:29:05+05:30	t
JP251147942	Meena Bajaj	9681268696	Allahabad	Domestic	UNDER_SCRUTINY	2.00	H.No. 224, Near St. Mary's School, Naini, Allahabad - 211003	2025-11-07 09:48:24+05:30	t
JP251198044	Nidhi Tripathi	9569964272	Prayagraj	Domestic	REJECTED	2.00	109/37, Station Road, Kareli, Prayagraj 211026	2025-11-07 09:58:10+05:30	t
JP251135490	Bhavna Kesarwani	08460359829	Varanasi	Commercial	UNDER_SCRUTINY	2.50	123/25, Sector 4, Near Old Water Tank, Shivpur, Varanasi 221001	2025-11-07 10:24:11+05:30	t
JP251104148	Bhavna Vishwakarma	7979695214	Lucknow	Domestic	SANCTIONED	1.00	Flat C-900, Shipra Apartments, Chinhat, Lucknow	2025-11-07 10:41:08+05:30	t
JP251193596	Jyoti Vishwakarma	9678327661	Lucknow	Domestic	SANCTIONED	1.00	Flat F-428, Ansal Apartments, Gomti Nagar, Lucknow	2025-11-07 10:47:09+05:30	t
JP251160615	Neeraj Valmiki	7405017412	Faizabad	Domestic	SANCTIONED	2.50	247/33, Sector 4, Sahadatganj, Faizabad 224014	2025-11-07 11:10:45+05:30	t
JP251197300	Kaushal Valmiki	+919804029252	Ghaziabad	Domestic	REJECTED	1.00	H.No. 285, Loni, Ghaziabad - 201024	2025-11-07 11:20:20+05:30	t
JP251143615	Kanchan Sonkar	9948718768	Varanasi	Domestic	UNDER_SCRUTINY	3.00	25/29, Gali No. 5, Lanka, Varanasi 221021	2025-11-07 11:42:06+05:30	t
JP251179149	Sakshi Agnihotri	9564709410	Allahabad	Commercial	REJECTED	3.50	Flat E-859, Omaxe Apartments, George Town, Allahabad	2025-11-07 12:00:53+05:30	t
JP251177721	Dilip Shakya	9547333621	Varanasi	Domestic	UNDER_SCRUTINY	3.00	H.No. 181, Shivpur, Varanasi - 221009	2025-11-07 12:14:53+05:30	t
JP251177699	Umesh Nigam	6937611906	Kanpur Nagar	Domestic	SANCTIONED	3.00	H.No. 225, Kakadeo, Kanpur Nagar - 208020	2025-11-07 12:26:16+05:30	t
JP251151107	Sarita Singh	9747646806	Allahabad	Commercial	NEW	4.50	H.No. 189, George Town, Allahabad - 211006	2025-11-07 12:47:05+05:30	t
JP251194062	Gyanendra Khanna	8375134312	Lucknow	Domestic	NEW	3.50	H.No. 254, Indira Nagar, Lucknow - 226012	2025-11-07 13:10:39+05:30	t
JP251114571	Upendra Prasad Jha	9017592036	Faizabad	Domestic	UNDER_SCRUTINY	1.50	H.No. 118, Civil Lines, Faizabad - 224007	2025-11-07 13:26:42+05:30	t
JP251181931	Sachin Prasad Shakya	9298800802	Varanasi	Domestic	SANCTIONED	4.00	H.No. 5, Chowk, Varanasi - 221001	2025-11-07 13:40:00+05:30	t
JP251149777	Nadeem Siddiqui	7252831273	Varanasi	Domestic	REJECTED	2.00	386/34, Gali No. 2, Pandeypur, Varanasi 221012	2025-11-07 13:45:29+05:30	t
JP251133169	Mayank Bhatt	9204428226	Faizabad	Domestic	SANCTIONED	1.00	H.No. 30, Deokali, Faizabad - 224010	2025-11-07 14:01:22+05:30	t
JP251191788	Durga Chaturvedi	8948888346	Allahabad	Domestic	REJECTED	3.50	132/25, Gali No. 2, Near Old Water Tank, Mumfordganj, Allahabad 211024	2025-11-07 14:25:52+05:30	t
JP251141283	Ruksana Beg	6413099733	Agra	Domestic	NEW	4.50	85/18, Purana Qila Road, Near Jama Masjid, Shahganj, Agra 282014	2025-11-07 14:45:02+05:30	t
JP251161420	Komal Gangwar	9264707907	Allahabad	Domestic	UNDER_SCRUTINY	1.50	H.No. 57, Jhunsi, Allahabad - 211028	2025-11-07 14:54:36+05:30	t
JP251169495	Farhana Naqvi	9645695247	Ghaziabad	Agricultural	REJECTED	4.00	Village Chandpur, Post Nawada, Near Jama Masjid, Tehsil Ghaziabad Sadar, District Ghaziabad - 201001	2025-11-07 15:07:45+05:30	t
JP251191168	Rekha Awasthi	7019986265	Kanpur Nagar	Domestic	SANCTIONED	4.50	Flat A-218, Shalimar Apartments, Swaroop Nagar, Kanpur Nagar	2025-11-07 15:21:02+05:30	t
JP251104568	Alka Devi Chandra	7734961251	Varanasi	Domestic	REJECTED	1.50	Flat E-927, Eldeco Apartments, Sarnath, Varanasi	2025-11-07 15:39:25+05:30	t
JP251127149	Arif Mansoori	9352946579	Ghaziabad	Domestic	NEW	3.00	Flat E-673, Gaur Apartments, Vaishali, Ghaziabad	2025-11-07 15:53:30+05:30	f
JP251122196	Manoj Agnihotri	7940545440	Kanpur Nagar	Domestic	NEW	4.00	Flat E-296, Shipra Apartments, Swaroop Nagar, Kanpur Nagar	2025-11-07 16:12:53+05:30	t
JP251167223	Dilip Asthana	9944822613	Agra	Domestic	UNDER_SCRUTINY	5.00	H.No. 48, Khandari, Agra - 282021	2025-11-07 16:35:55+05:30	t
JP251191256	Wasim Abbasi	9821630681	Varanasi	Agricultural	SANCTIONED	3.00	Village Semra, Post Khairabad, Tehsil Varanasi Sadar, District Varanasi - 221016	2025-11-07 16:52:48+05:30	t
JP251176006	Anuradha Rajbhar	9953657410	Gorakhpur	Domestic	NEW	2.00	33/8, Gali No. 5, Near Hanuman Mandir, Rapti Nagar, Gorakhpur 273024	2025-11-07 17:01:49+05:30	t
JP251192797	Pradeep Katiyar	9672710106	Agra	Commercial	UNDER_SCRUTINY	3.50	H.No. 117, Khandari, Agra - 282002	2025-11-07 17:22:39+05:30	t
JP251191082	Rishabh Bhatt	6610649779	Varanasi	Domestic	SANCTIONED	1.50	H.No. 329, Mahmoorganj, Varanasi - 221011	2025-11-07 17:28:22+05:30	t
JP251165253	Santosh Kumar Shakya	7147609630	Varanasi	Domestic	REJECTED	3.00	215/34, Sector 4, Chowk, Varanasi 221013	2025-11-08 09:54:17+05:30	t
JP251173583	Karan Gond	9257844367	Lucknow	Commercial	UNDER_SCRUTINY	4.50	172/35, Sector 11, Jankipuram, Lucknow 226025	2025-11-08 10:14:24+05:30	t
JP251189980	Sangeeta Nagar	7757278884	Varanasi	Domestic	UNDER_SCRUTINY	2.50	Flat A-936, Eldeco Apartments, Sigra, Varanasi	2025-11-08 10:24:16+05:30	t
JP251195668	Hari Chandra	6378204944	Ghaziabad	Domestic	UNDER_SCRUTINY	2.50	H.No. 213, Kavi Nagar, Ghaziabad - 201025	2025-11-08 10:39:44+05:30	t
JP251147315	Rani Mittal	8073120084	Allahabad	Domestic	UNDER_SCRUTINY	2.50	Flat D-153, Ansal Apartments, Civil Lines, Allahabad	2025-11-08 10:58:45+05:30	t
JP251146885	Hemant Sahu	9392663757	Agra	Domestic	SANCTIONED	4.00	35/39, Block C, Tajganj, Agra 282019	2025-11-08 11:19:54+05:30	t
JP251176337	Sudhir Srivastava	6315590150	Ghaziabad	Domestic	NEW	3.50	H.No. 223, Near D'Souza Medical Store, Raj Nagar Extension, Ghaziabad - 201030	2025-11-08 11:25:22+05:30	t
JP251144305	Chandan Dwivedi	9278743533	Gorakhpur	Commercial	SANCTIONED	6.00	Flat C-153, Eldeco Apartments, Shahpur, Gorakhpur	2025-11-08 11:51:03+05:30	t
JP251172101	Jitendra Tyagi	9452118926	Varanasi	Domestic	SANCTIONED	2.00	215/33, Gali No. 5, Pandeypur, Varanasi 221011	2025-11-08 11:56:41+05:30	t
JP251104562	Babita Chauhan	9712375747	Lucknow	Domestic	UNDER_SCRUTINY	2.50	Flat F-960, Shipra Apartments, Rajajipuram, Lucknow	2025-11-08 12:19:04+05:30	t
JP251199041	Babita Bajpai	+919205738154	Lucknow	Domestic	SANCTIONED	1.00	372/39, Station Road, Aliganj, Lucknow 226006	2025-11-08 12:36:14+05:30	t
JP251167727	Aishwarya Pasi	9019652130	Lucknow	Domestic	SANCTIONED	1.00	H.No. 294, Rajajipuram, Lucknow - 226014	2025-11-08 12:43:02+05:30	t
JP251134873	Mukesh Kumar Dixit	9036231920	Ghaziabad	Domestic	UNDER_SCRUTINY	4.50	Flat A-559, Shalimar Apartments, Vaishali, Ghaziabad	2025-11-08 13:13:24+05:30	t
JP251167907	Pradeep Prasad Gangwar	9509240032	Ghaziabad	Domestic	UNDER_SCRUTINY	4.50	H.No. 140, Crossings Republik, Ghaziabad - 201027	2025-11-08 13:28:01+05:30	t
JP251109832	Priya Vishwakarma	8812322288	Gorakhpur	Domestic	UNDER_SCRUTINY	3.50	Flat B-135, Eldeco Apartments, Mohaddipur, Gorakhpur	2025-11-08 13:35:12+05:30	t
JP251111534	Tarun Khanna	9814133329	Faizabad	Domestic	SANCTIONED	1.00	H.No. 128, Bilharghat, Faizabad - 224019	2025-11-08 13:54:28+05:30	t
JP251133078	Nidhi Sinha	8091447012	Agra	Domestic	SANCTIONED	1.00	238/26, Station Road, Sikandra, Agra 282005	2025-11-08 14:13:47+05:30	t
JP251101185	Anil Kumar Gautam	9432244360	Ghaziabad	Domestic	SANCTIONED	4.50	H.No. 168, Indirapuram, Ghaziabad - 201018	2025-11-08 14:20:42+05:30	t
JP251161212	Preeti Sinha	9190208316	Faizabad	Domestic	NEW	4.50	Flat B-338, Shalimar Apartments, Bilharghat, Faizabad	2025-11-08 14:35:43+05:30	f
JP251163941	Aarti Rajbhar	6823751043	Ghaziabad	Domestic	NEW	2.00	Flat D-634, Eldeco Apartments, Raj Nagar Extension, Ghaziabad	2025-11-08 14:54:25+05:30	t
JP251130903	Fatima Malik	9154033434	Agra	Domestic	UNDER_SCRUTINY	3.00	H.No. 255, Tajganj, Agra - 282010	2025-11-08 15:11:27+05:30	t
JP251184223	Manoj Rathi	7677983208	Faizabad	Agricultural	SANCTIONED	7.00	Village Bhitauli, Post Sikandarpur, Tehsil Faizabad Sadar, District Faizabad - 224021	2025-11-08 15:31:04+05:30	t
JP251169837	Naseem Malik	+919639001607	Agra	Domestic	SANCTIONED	2.00	Flat C-889, Eldeco Apartments, Belanganj, Agra	2025-11-08 15:47:51+05:30	t
JP251101229	Deepak Saini	9083393458	Allahabad	Domestic	SANCTIONED	1.50	Flat B-985, Gaur Apartments, George Town, Allahabad	2025-11-08 15:57:16+05:30	t
JP251193243	Bhanu Tomar	8187481394	Kanpur Nagar	Domestic	NEW	5.00	Flat A-675, Omaxe Apartments, Swaroop Nagar, Kanpur Nagar	2025-11-08 16:10:47+05:30	t
JP251189000	Anjali Bind	7734063502	Lucknow	Agricultural	UNDER_SCRUTINY	6.00	Village Rampur, Post Semra, Tehsil Lucknow Sadar, District Lucknow - 226024	2025-11-08 16:34:35+05:30	t
JP251108896	Vijay Kori	7608278752	Ghaziabad	Domestic	UNDER_SCRUTINY	5.00	H.No. 301, Vaishali, Ghaziabad - 201022	2025-11-08 16:54:11+05:30	t
JP251115624	Hemant Dhuria	9075171294	Allahabad	Domestic	SANCTIONED	4.50	Flat E-626, Gaur Apartments, Teliarganj, Allahabad	2025-11-08 17:04:02+05:30	t
JP251195353	Renu Tyagi	8214347985	Lucknow	Commercial	NEW	2.00	39/31, Block C, Indira Nagar, Lucknow 226011	2025-11-08 17:29:26+05:30	t
JP251174539	Vipin Awasthi	8518853145	Gorakhpur	Domestic	SANCTIONED	2.50	Flat B-875, Eldeco Apartments, Taramandal, Gorakhpur	2025-11-10 09:33:35+05:30	t
JP251120737	Rajesh Sethi	+919438560675	Kanpur Nagar	Domestic	REJECTED	5.00	H.No. 20, Govind Nagar, Kanpur Nagar - 208029	2025-11-10 10:02:37+05:30	t
JP251197640	Sharda Pathak	6390558218	Ghaziabad	Commercial	NEW	7.50	395/7, Nai Basti, Loni, Ghaziabad 201010	2025-11-10 10:10:26+05:30	t
JP251162872	Deepika Sonkar	9451115282	Varanasi	Domestic	REJECTED	2.00	H.No. 74, Chowk, Varanasi - 221001	2025-11-10 10:29:11+05:30	t
JP251193774	Sonia Chauhan	09649268586	Allahabad	Domestic	SANCTIONED	4.00	H.No. 197, Jhunsi, Allahabad - 211016	2025-11-10 10:35:13+05:30	t
JP251114844	Salma Quraishi	9066156104	Kanpur Nagar	Domestic	SANCTIONED	2.00	H.No. 219, Shyam Nagar, Kanpur Nagar - 208008	2025-11-10 11:04:06+05:30	t
JP251171674	Rachna Mittal	9643655088	Ghaziabad	Domestic	REJECTED	1.50	H.No. 140, Loni, Ghaziabad - 201014	2025-11-10 11:08:40+05:30	t
JP251107895	Upendra Rai	9391051847	Gorakhpur	Commercial	SANCTIONED	3.00	Flat A-634, Gaur Apartments, Golghar, Gorakhpur	2025-11-10 11:32:51+05:30	t
JP251152062	Hari Valmiki	9890853818	Kanpur Nagar	Domestic	NEW	1.50	H.No. 170, Barra, Kanpur Nagar - 208004	2025-11-10 11:40:11+05:30	t
JP251136767	Anju Kapoor	9537851240	Agra	Commercial	SANCTIONED	10.00	158\\5/40, Gali No. 2, Shahganj, Agra 282008	2025-11-10 12:11:05+05:30	t
JP251153137	Rizwan Siddiqui	+919787034118	Lucknow	Domestic	UNDER_SCRUTINY	3.50	H.No. 195, Chinhat, Lucknow - 226009	2025-11-10 12:23:37+05:30	t
JP251148536	Garima Kumar	6326708737	Gorakhpur	Domestic	SANCTIONED	3.00	157\\9/35, Mohalla Qazi Tola, Golghar, Gorakhpur 273022	2025-11-10 12:35:41+05:30	t
JP251162010	Seema Thakur	9110354088	Kanpur Nagar	Commercial	UNDER_SCRUTINY	3.00	Flat E-450, Shipra Apartments, Barra, Kanpur Nagar	2025-11-10 12:44:54+05:30	t
JP251177078	Sneha Vishwakarma	7057218072	Varanasi	Domestic	UNDER_SCRUTINY	2.50	118/35, Block C, Bhelupur, Varanasi 221010	2025-11-10 13:11:05+05:30	t
JP251134020	Anoop Goel	9968619075	Lucknow	Domestic	UNDER_SCRUTINY	3.50	353/10, Gali No. 5, Near Gupta's Sweets, Aliganj, Lucknow 226002	2025-11-10 13:26:34+05:30	t
JP251113806	Sabiha Beg	9288885573	Lucknow	Domestic	SANCTIONED	1.50	H.No. 54, Jankipuram, Lucknow - 226021	2025-11-10 13:46:28+05:30	t
JP251189975	Siddharth Bhardwaj	8349859964	Varanasi	Domestic	SANCTIONED	5.00	Flat F-387, Shalimar Apartments, Bhelupur, Varanasi	2025-11-10 13:48:35+05:30	t
JP251179543	Usha Rajbhar	09810242672	Lucknow	Domestic	UNDER_SCRUTINY	1.00	2/12, Block C, Jankipuram, Lucknow 226029	2025-11-10 14:07:56+05:30	t
JP251149252	Arif Pathan	9689580954	Varanasi	Domestic	SANCTIONED	5.00	H.No. 36, Pandeypur, Varanasi - 221012	2025-11-10 14:23:11+05:30	t
JP251130759	Komal Rathi	9911589172	Lucknow	Domestic	SANCTIONED	3.50	32/23, Gali No. 5, Aminabad, Lucknow 226010	2025-11-10 14:41:59+05:30	t
JP251143707	Ravi Kannaujiya	9245926773	Agra	Commercial	REJECTED	9.00	H.No. 323, Kamla Nagar, Agra - 282020	2025-11-10 14:53:12+05:30	t
JP251110432	Anurag Verma	7717184801	Ghaziabad	Commercial	REJECTED	7.50	Flat F-969, Eldeco Apartments, Vijay Nagar, Ghaziabad	2025-11-10 15:24:26+05:30	t
JP251123308	Kanchan Agnihotri	9305806243	Ghaziabad	Commercial	REJECTED	3.50	367/25, Nai Basti, Raj Nagar Extension, Ghaziabad 201025	2025-11-10 15:32:11+05:30	t
JP251185466	Rachna Bansal	9926816776	Gorakhpur	Agricultural	SANCTIONED	5.00	Village Rampur, Post Khairabad, Tehsil Gorakhpur Sadar, District Gorakhpur - 273004	2025-11-10 15:46:44+05:30	t
JP251117700	Nargis Abbasi	9328412076	Faizabad	Commercial	SANCTIONED	10.00	Flat B-487, Gaur Apartments, Naka Muzaffara, Faizabad	2025-11-10 16:07:48+05:30	t
JP251171130	Dinesh Kashyap	09724874754	Ghaziabad	Domestic	NEW	1.50	Flat E-626, Shalimar Apartments, Vijay Nagar, Ghaziabad	2025-11-10 16:21:29+05:30	f
JP251168176	Nargis Alvi	9998314762	Lucknow	Domestic	UNDER_SCRUTINY	3.50	369/18, Sector 11, Indira Nagar, Lucknow 226022	2025-11-10 16:36:20+05:30	t
JP251162450	Kajal Jha	7578677714	Lucknow	Domestic	NEW	1.50	Flat D-515, Gaur Apartments, Indira Nagar, Lucknow	2025-11-10 16:48:53+05:30	t
JP251112043	Neelam Nigam	9600873926	Lucknow	Domestic	SANCTIONED	1.50	219/12, Purana Qila Road, Jankipuram, Lucknow 226001	2025-11-10 17:09:24+05:30	t
JP251137249	Sushma Devi Nishad	6747755103	Allahabad	Domestic	SANCTIONED	5.00	Flat A-662, Shipra Apartments, George Town, Allahabad	2025-11-11 09:30:13+05:30	t
JP251118692	Durgesh Bind	9060014829	Agra	Domestic	NEW	4.00	Flat B-780, Shipra Apartments, Dayalbagh, Agra	2025-11-11 09:48:18+05:30	t
JP251191834	Devendra Prajapati	9807834686	Lucknow	Domestic	UNDER_SCRUTINY	4.50	189/24, Gali No. 2, Aminabad, Lucknow 226022	2025-11-11 09:53:49+05:30	t
JP251177886	Naushad Usmani	9709411092	Ghaziabad	Domestic	SANCTIONED	2.50	Flat C-263, Ansal Apartments, Indirapuram, Ghaziabad	2025-11-11 10:15:03+05:30	t
JP251171062	Sunil Dhobi	9983672922	Varanasi	Agricultural	SANCTIONED	7.00	Village Rampur, Post Gosainganj, Tehsil Varanasi Sadar, District Varanasi - 221028	2025-11-11 10:36:43+05:30	t
JP251125287	Rizwan Farooqui	7737625202	Kanpur Nagar	Domestic	SANCTIONED	2.00	Flat D-181, Omaxe Apartments, Kidwai Nagar, Kanpur Nagar	2025-11-11 10:50:02+05:30	t
JP251149234	Sita Trivedi	9795154704	Ghaziabad	Domestic	SANCTIONED	4.50	Flat D-357, Gaur Apartments, Loni, Ghaziabad	2025-11-11 11:05:01+05:30	t
JP251156066	Sunita Gupta	6552832916	Agra	Domestic	SANCTIONED	4.00	Flat E-167, Eldeco Apartments, Tajganj, Agra	2025-11-11 11:17:55+05:30	t
JP251182144	Faisal Rizvi	8866825491	Agra	Domestic	SANCTIONED	3.50	239/40, Sector 4, Tajganj, Agra 282021	2025-11-11 11:25:47+05:30	t
JP251162891	Monika Tomar	9278644603	Lucknow	Domestic	UNDER_SCRUTINY	3.50	H.No. 84, Aliganj, Lucknow - 226022	2025-11-11 11:54:19+05:30	t
JP251192634	Lalita Mishra	9812661666	Ghaziabad	Domestic	NEW	2.50	H.No. 220, Crossings Republik, Ghaziabad - 201022	2025-11-11 11:59:23+05:30	t
JP251183088	Renu Tyagi	+916828404286	Ghaziabad	Domestic	SANCTIONED	5.00	299/21, Nai Basti, Kavi Nagar, Ghaziabad 201016	2025-11-11 12:18:37+05:30	t
JP251154386	Khushboo Sahu	07231495269	Kanpur Nagar	Agricultural	REJECTED	8.00	Village Dhaurahra, Post Gosainganj, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208020	2025-11-11 12:31:36+05:30	t
JP251108862	Uma Tyagi	6786716341	Kanpur Nagar	Domestic	UNDER_SCRUTINY	2.00	H.No. 184, Barra, Kanpur Nagar - 208009	2025-11-11 12:54:21+05:30	t
JP251128084	Shahnaz Shaikh	8615306193	Varanasi	Commercial	NEW	7.50	123/35, Nai Basti, Chowk, Varanasi 221012	2025-11-11 13:17:46+05:30	f
JP251138393	Kalpana Kapoor	9579540811	Kanpur Nagar	Domestic	NEW	3.50	36/27, Gali No. 2, Kalyanpur, Kanpur Nagar 208001	2025-11-11 13:27:25+05:30	t
JP251171036	Durga Devi Vishwakarma	9344032164	Agra	Domestic	UNDER_SCRUTINY	3.00	Flat D-880, Eldeco Apartments, Shahganj, Agra	2025-11-11 13:39:15+05:30	t
JP251131683	Kusum Sonkar	9632311882	Kanpur Nagar	Agricultural	SANCTIONED	4.00	मकान नं. 367, Barra, कानपुर - 208021	2025-11-11 13:58:05+05:30	t
JP251164829	Azhar Beg	7461615248	Lucknow	Domestic	UNDER_SCRUTINY	5.00	94/31, Gali No. 5, Chinhat, Lucknow 226002	2025-11-11 14:18:58+05:30	t
JP251105056	Aparna Singh	9484562373	Gorakhpur	Domestic	SANCTIONED	2.00	मकान नं. 397, Shahpur, गोरखपुर - 273011	2025-11-11 14:28:23+05:30	t
JP251176595	Anju Valmiki	9793746803	Varanasi	Domestic	NEW	2.00	H.No. 31, Sigra, Varanasi - 221029	2025-11-11 14:40:32+05:30	t
JP251163415	Ashutosh Kumar Mittal	9471133103	Ghaziabad	Domestic	UNDER_SCRUTINY	1.00	Flat E-714, Shalimar Apartments, Vijay Nagar, Ghaziabad	2025-11-11 15:02:35+05:30	t
JP251162495	Kavita Vaish	6534229682	Gorakhpur	Domestic	REJECTED	4.00	66/6, Sector 4, Golghar, Gorakhpur 273016	2025-11-11 15:18:46+05:30	t
JP251171642	Kalpana Kurmi	6966958000	Allahabad	Domestic	UNDER_SCRUTINY	4.50	345/20, Civil Lines Road, Mumfordganj, Allahabad 211026	2025-11-11 15:42:33+05:30	t
JP251137556	Shivam Katiyar	9679261239	Allahabad	Domestic	NEW	3.50	H.No. 280, George Town, Allahabad - 211009	2025-11-11 15:49:10+05:30	f
JP251134696	Harish Prasad Prajapati	8263707165	Prayagraj	Domestic	SANCTIONED	5.00	283/12, Sector 11, George Town, Prayagraj 211005	2025-11-11 16:04:45+05:30	t
JP251159427	Jitendra Katiyar	9217696675	Varanasi	Domestic	REJECTED	3.50	मकान नं. 122, Pandeypur, वाराणसी - 221005	2025-11-11 16:28:30+05:30	t
JP251193117	Shashank Pathak	7237926857	Lucknow	Commercial	UNDER_SCRUTINY	10.00	76/24, Sector 11, Alambagh, Lucknow 226021	2025-11-11 16:38:58+05:30	t
JP251147486	Anita Devi Rathi	9487363223	Gorakhpur	Domestic	REJECTED	3.50	H.No. 34, Golghar, Gorakhpur - 273028	2025-11-11 16:50:13+05:30	t
JP251130062	Rizwan Qureshi	7096327085	Ghaziabad	Agricultural	UNDER_SCRUTINY	3.00	Village Semra, Post Nawada, Tehsil Ghaziabad Sadar, District Ghaziabad - 201006	2025-11-11 17:14:19+05:30	t
JP251126192	Pallavi Bansal	7223218541	Gorakhpur	Domestic	SANCTIONED	2.50	H.No. 124, Taramandal, Gorakhpur - 273023	2025-11-11 17:24:06+05:30	t
JP251110064	Hemant Prajapati	8203419005	Allahabad	Domestic	SANCTIONED	1.50	298/26, Civil Lines Road, Civil Lines, Allahabad 211009	2025-11-12 09:47:25+05:30	t
JP251140908	Divya Sharma	9521243916	Varanasi	Domestic	UNDER_SCRUTINY	4.50	338/18, Sector 4, Sigra, Varanasi 221015	2025-11-12 10:00:20+05:30	t
JP251190819	Shakeel Abbasi	6611878465	Agra	Agricultural	SANCTIONED	4.00	Village Madhopur, Post Chandpur, Tehsil Agra Sadar, District Agra - 282005	2025-11-12 10:14:24+05:30	t
JP251123776	Rajan Dixit	8552961731	Agra	Domestic	SANCTIONED	3.50	Flat E-810, Shipra Apartments, Tajganj, Agra	2025-11-12 10:30:33+05:30	t
JP251125685	Abdul Ansari	9500093371	Faizabad	Commercial	UNDER_SCRUTINY	8.00	Flat C-950, Gaur Apartments, Darshan Nagar, Faizabad	2025-11-12 10:48:34+05:30	t
JP251177074	Jai Prasad Bajpai	+919898853345	Lucknow	Commercial	UNDER_SCRUTINY	4.00	Flat A-107, Shipra Apartments, Indira Nagar, Lucknow	2025-11-12 11:08:26+05:30	t
JP251188734	Priya Chandra	9233603775	Prayagraj	Domestic	SANCTIONED	5.00	Flat A-301, Eldeco Apartments, Kareli, Prayagraj	2025-11-12 11:24:21+05:30	t
JP251101934	Sohail Shaikh	9162650858	Varanasi	Domestic	NEW	3.00	H.No. 345, Chowk, Varanasi - 221015	2025-11-12 11:37:39+05:30	t
JP251167620	Prashant Tomar	6894263590	Prayagraj	Domestic	SANCTIONED	1.00	116/6, Mohalla Qazi Tola, Phaphamau, Prayagraj 211012	2025-11-12 11:56:36+05:30	t
JP251127340	Vikram Lodhi	9202417504	Varanasi	Commercial	UNDER_SCRUTINY	4.50	H.No. 266, Chowk, Varanasi - 221007	2025-11-12 12:05:17+05:30	t
JP251184443	Tariq Shaikh	9267415660	Agra	Domestic	REJECTED	2.50	H.No. 246, Near Power House, Tajganj, Agra - 282011	2025-11-12 12:25:33+05:30	t
JP251179905	Lalita Tripathi	6261967341	Lucknow	Agricultural	SANCTIONED	8.00	Village Bhagwanpur, Post Bhagwanpur, Tehsil Lucknow Sadar, District Lucknow - 226014	2025-11-12 12:34:37+05:30	t
JP251163271	Chandan Kesarwani	9104751094	Varanasi	Domestic	SANCTIONED	2.50	190/12, Civil Lines Road, Sarnath, Varanasi 221001	2025-11-12 12:52:21+05:30	t
JP251160960	Shyam Asthana	9511561701	Lucknow	Domestic	NEW	4.00	190/17, Gali No. 2, Jankipuram, Lucknow 226021	2025-11-12 13:16:29+05:30	t
JP251140897	Komal Singh	9137069734	Lucknow	Commercial	UNDER_SCRUTINY	10.00	161/31, Sector 4, Chinhat, Lucknow 226003	2025-11-12 13:22:24+05:30	t
JP251107704	Anju Devi Srivastava	09520469941	Ghaziabad	Domestic	SANCTIONED	1.50	Flat B-542, Gaur Apartments, Kavi Nagar, Ghaziabad	2025-11-12 13:40:13+05:30	t
JP251198509	Kuldeep Awasthi	9666948532	Lucknow	Domestic	UNDER_SCRUTINY	1.50	173/12, Sector 4, Near Shiv Mandir, Aliganj, Lucknow 226006	2025-11-12 13:55:51+05:30	t
JP251161900	Rehana Hashmi	9681059036	Allahabad	Domestic	UNDER_SCRUTINY	2.00	H.No. 295, Teliarganj, Allahabad - 211030	2025-11-12 14:17:32+05:30	t
JP251174231	Sohan Singh	7563543650	Kanpur Nagar	Commercial	NEW	6.00	Flat F-607, Ansal Apartments, Barra, Kanpur Nagar	2025-11-12 14:27:28+05:30	f
JP251169279	Sudhir Saini	9977972973	Ghaziabad	Commercial	UNDER_SCRUTINY	7.00	H.No. 355, Crossings Republik, Ghaziabad - 201030	2025-11-12 14:48:07+05:30	t
JP251154287	Rahul Kumar Nigam	9661748113	Agra	Domestic	SANCTIONED	2.00	Flat E-437, Eldeco Apartments, Dayalbagh, Agra	2025-11-12 14:58:51+05:30	t
JP251119129	Lakshmi Rastogi	9182167271	Lucknow	Domestic	UNDER_SCRUTINY	3.50	334/7, Sector 11, Jankipuram, Lucknow 226018	2025-11-12 15:17:16+05:30	t
JP251178211	Madan Chaturvedi	9762360444	Gorakhpur	Domestic	SANCTIONED	3.00	H.No. 195, Taramandal, Gorakhpur - 273001	2025-11-12 15:36:50+05:30	t
JP251158923	Anand Bhatt	9148234616	Kanpur Nagar	Domestic	SANCTIONED	5.00	Flat E-545, Eldeco Apartments, Swaroop Nagar, Kanpur Nagar	2025-11-12 15:59:14+05:30	t
JP251198148	Balram Garg	9147897057	Allahabad	Domestic	REJECTED	1.50	H.No. 208, Teliarganj, Allahabad - 211009	2025-11-12 16:13:33+05:30	t
JP251105563	Irfan Thakur	9578750426	Agra	Domestic	UNDER_SCRUTINY	4.00	334/12, Nai Basti, Kamla Nagar, Agra 282004	2025-11-12 16:28:00+05:30	t
JP251148901	Saurabh Gupta	7361343365	Kanpur Nagar	Domestic	NEW	1.00	H.No. 181, Kalyanpur, Kanpur Nagar - 208001	2025-11-12 16:34:43+05:30	f
JP251119290	Lokesh Dhobi	8111288747	Faizabad	Domestic	UNDER_SCRUTINY	3.00	H.No. 28, Naka Muzaffara, Faizabad - 224026	2025-11-12 17:02:59+05:30	t
JP251192772	Nidhi Joshi	9401283952	Lucknow	Agricultural	UNDER_SCRUTINY	4.00	Village Semra, Post Rampur, Tehsil Lucknow Sadar, District Lucknow - 226019	2025-11-12 17:10:58+05:30	t
JP251139125	Om Ojha	9316470069	Kanpur Nagar	Domestic	SANCTIONED	1.00	मकान नं. 317, Kakadeo, कानपुर - 208015	2025-11-12 17:28:02+05:30	t
JP251186183	Komal Bhatt	6300172789	Lucknow	Domestic	UNDER_SCRUTINY	4.00	20/16, Gali No. 5, Jankipuram, Lucknow 226022	2025-11-13 09:40:31+05:30	t
JP251138692	Sohail Khan	+917761204438	Ghaziabad	Domestic	UNDER_SCRUTINY	5.00	114/22, Mohalla Qazi Tola, Loni, Ghaziabad 201026	2025-11-13 10:08:12+05:30	t
JP251147328	Farhana Ansari	8234118677	Ghaziabad	Domestic	SANCTIONED	4.50	238/20, Gali No. 5, Raj Nagar Extension, Ghaziabad 201027	2025-11-13 10:26:03+05:30	t
JP251155903	Tushar Arora	9470662056	Varanasi	Domestic	NEW	4.50	277/22, Sector 11, Pandeypur, Varanasi 221012	2025-11-13 10:42:04+05:30	f
JP251118303	Gyanendra Prasad Saini	8690177404	Faizabad	Domestic	NEW	1.50	105/28, Gali No. 5, Civil Lines, Faizabad 224015	2025-11-13 10:55:22+05:30	f
JP251177138	Brijesh Kumar Kurmi	9057771831	Ghaziabad	Domestic	SANCTIONED	4.50	157/16, Sector 4, Vaishali, Ghaziabad 201009	2025-11-13 11:02:50+05:30	t
JP251195841	Prakash Kumar Garg	9797276689	Lucknow	Domestic	REJECTED	3.50	Flat F-172, Omaxe Apartments, Aliganj, Lucknow	2025-11-13 11:28:38+05:30	t
JP251190343	Sadhna Devi Yadav	9773959950	Varanasi	Domestic	SANCTIONED	5.00	Flat E-248, Gaur Apartments, Sarnath, Varanasi	2025-11-13 11:41:40+05:30	t
JP251184284	Prachi Vaish	9644401232	Ghaziabad	Domestic	SANCTIONED	4.00	245/5, Mohalla Qazi Tola, Crossings Republik, Ghaziabad 201010	2025-11-13 11:49:45+05:30	t
JP251111142	Amit Kumar Tyagi	7487266519	Ayodhya	Commercial	UNDER_SCRUTINY	10.00	Flat A-501, Ansal Apartments, Darshan Nagar, Ayodhya	2025-11-13 12:09:48+05:30	t
JP251180479	Reena Gangwar	8357691367	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.50	H.No. 369, Near Jama Masjid, Barra, Kanpur Nagar - 208018	2025-11-13 12:31:49+05:30	t
JP251144932	Aishwarya Joshi	7553075845	Gorakhpur	Agricultural	UNDER_SCRUTINY	8.00	Village Sikandarpur, Post Sikandarpur, Tehsil Gorakhpur Sadar, District Gorakhpur - 273004	2025-11-13 12:42:52+05:30	t
JP251141304	Amar Mishra	9240867313	Allahabad	Domestic	NEW	4.00	398/8, Nai Basti, Phaphamau, Allahabad 211004	2025-11-13 13:06:28+05:30	f
JP251105671	Kamla Bhadauria	9063106529	Lucknow	Domestic	UNDER_SCRUTINY	2.50	342/40, Nai Basti, Aliganj, Lucknow 226015	2025-11-13 13:17:34+05:30	t
JP251161566	Kishore Pandey	9705223227	Kanpur Nagar	Commercial	NEW	7.00	232/8, Sector 11, Kakadeo, Kanpur Nagar 208027	2025-11-13 13:34:15+05:30	t
JP251126672	Sharda Soni	9519606128	Lucknow	Domestic	NEW	4.50	H.No. 184\\9, Aminabad, Lucknow - 226005	2025-11-13 13:49:16+05:30	t
JP251180268	Nisha Gautam	8467490302	Ghaziabad	Domestic	NEW	5.00	338/13, Mohalla Qazi Tola, Raj Nagar Extension, Ghaziabad 201023	2025-11-13 14:06:03+05:30	t
JP251134157	Shikha Yadav	9284141431	Allahabad	Domestic	SANCTIONED	3.00	H.No. 245, Near Old Water Tank, George Town, Allahabad - 211003	2025-11-13 14:15:05+05:30	t
JP251103940	Kusum Pasi	9144060061	Lucknow	Domestic	SANCTIONED	3.50	343/23, Gali No. 5, Near St. Mary's School, Jankipuram, Lucknow 226012	2025-11-13 14:43:01+05:30	t
JP251170090	Sonam Sethi	9637731672	Lucknow	Domestic	SANCTIONED	1.50	142/31, Block C, Gomti Nagar, Lucknow 226017	2025-11-13 14:46:00+05:30	t
JP251154931	Kamla Pathak	7025843873	Varanasi	Domestic	UNDER_SCRUTINY	2.50	Flat A-686, Eldeco Apartments, Shivpur, Varanasi	2025-11-13 15:04:32+05:30	t
JP251120494	Afreen Beg	9250625276	Gorakhpur	Commercial	REJECTED	10.00	Flat B-200, Shipra Apartments, Golghar, Gorakhpur	2025-11-13 15:27:30+05:30	t
JP251150758	Rakesh Gupta	9815464144	Varanasi	Domestic	UNDER_SCRUTINY	3.00	H.No. 252, Shivpur, Varanasi - 221015	2025-11-13 15:36:34+05:30	t
JP251100299	Tabassum Quraishi	9020353471	Ghaziabad	Domestic	UNDER_SCRUTINY	1.50	50/29, Civil Lines Road, Kavi Nagar, Ghaziabad 201019	2025-11-13 16:01:58+05:30	t
JP251113403	Meena Mittal	9385169525	Lucknow	Domestic	UNDER_SCRUTINY	3.00	H.No. 304, Chinhat, Lucknow - 226010	2025-11-13 16:08:18+05:30	t
JP251188432	Rachna Devi Tandon	7223327273	Agra	Domestic	NEW	2.00	Flat E-287, Shipra Apartments, Tajganj, Agra	2025-11-13 16:20:20+05:30	t
JP251136240	Rakesh Tyagi	9156084377	Varanasi	Domestic	UNDER_SCRUTINY	4.00	मकान नं. 275, Pandeypur, वाराणसी - 221023	2025-11-13 16:41:33+05:30	t
JP251186435	Shyam Bind	9669972350	Kanpur Nagar	Domestic	SANCTIONED	4.50	H.No. 397, Kidwai Nagar, Kanpur Nagar - 208026	2025-11-13 17:03:45+05:30	t
JP251140239	Atul Jatav	8136086133	Allahabad	Domestic	SANCTIONED	4.50	H.No. 338, Kareli, Allahabad - 211007	2025-11-13 17:23:28+05:30	t
JP251191610	Aarti Kol	8077958961	Agra	Domestic	SANCTIONED	3.00	258/13, Nai Basti, Tajganj, Agra 282003	2025-11-14 09:33:06+05:30	t
JP251191530	Kamlesh Chaturvedi	8897961538	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	Flat E-523, Shipra Apartments, Panki, Kanpur Nagar	2025-11-14 09:45:10+05:30	t
JP251160501	Suraj Pathak	9072064335	Lucknow	Domestic	UNDER_SCRUTINY	4.00	185/2, Station Road, Near St. Mary's School, Aminabad, Lucknow 226001	2025-11-14 09:57:00+05:30	t
JP251176622	Anuradha Garg	7221921373	Kanpur Nagar	Commercial	UNDER_SCRUTINY	4.00	Flat F-146, Shipra Apartments, Barra, Kanpur Nagar	2025-11-14 10:14:47+05:30	t
JP251155010	Aarti Mittal	9477800208	Kanpur Nagar	Domestic	UNDER_SCRUTINY	2.50	281/25, Nai Basti, Swaroop Nagar, Kanpur Nagar 208016	2025-11-14 10:44:00+05:30	t
JP251142480	Mohan Thakur	6695983324	Lucknow	Domestic	SANCTIONED	1.00	H.No. 335, Aliganj, Lucknow - 226001	2025-11-14 10:52:13+05:30	t
JP251163476	Dilip Upadhyay	9536901122	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.00	H.No. 192, Kalyanpur, Kanpur Nagar - 208012	2025-11-14 11:01:28+05:30	t
JP251186321	Jaya Maurya	06670034827	Allahabad	Commercial	SANCTIONED	10.00	H.No. 272, Jhunsi, Allahabad - 211022	2025-11-14 11:27:46+05:30	t
JP251107267	Lalita Bajaj	8313420459	Ghaziabad	Domestic	SANCTIONED	5.00	85/35, Purana Qila Road, Vaishali, Ghaziabad 201008	2025-11-14 11:37:55+05:30	t
JP251178741	Arvind Kori	9665850047	Kanpur Nagar	Domestic	SANCTIONED	2.00	H.No. 121, Kalyanpur, Kanpur Nagar - 208015	2025-11-14 11:54:53+05:30	t
JP251111494	Akanksha Kol	9671852482	Varanasi	Domestic	REJECTED	2.00	Flat C-455, Ansal Apartments, Shivpur, Varanasi	2025-11-14 12:17:43+05:30	t
JP251123578	Lakshmi Agnihotri	9684323052	Faizabad	Domestic	REJECTED	3.00	H.No. 94, Deokali, Faizabad - 224017	2025-11-14 12:31:01+05:30	t
JP251123800	Jaya Sharma	7850255867	Lucknow	Domestic	SANCTIONED	2.50	मकान नं. 25, Chinhat, लखनऊ - 226019	2025-11-14 12:37:54+05:30	t
JP251139452	Alok Singh	9406309985	Ghaziabad	Domestic	UNDER_SCRUTINY	3.50	H.No. 172, Raj Nagar Extension, Ghaziabad - 201006	2025-11-14 13:00:17+05:30	t
JP251110164	Anshika Devi Kurmi	+919786716722	Kanpur Nagar	Domestic	SANCTIONED	4.00	H.No. 339, Kakadeo, Kanpur Nagar - 208030	2025-11-14 13:24:59+05:30	t
JP251173064	Guddi Kol	07398778036	Ghaziabad	Commercial	UNDER_SCRUTINY	8.50	मकान नं. 133, Crossings Republik, ग़ाज़ियाबाद - 201014	2025-11-14 13:31:43+05:30	t
JP251151433	Irshad Alvi	8730494468	Agra	Domestic	UNDER_SCRUTINY	2.50	H.No. 387, Sikandra, Agra - 282009	2025-11-14 13:54:08+05:30	t
JP251123081	Alok Kumar Kapoor	9394360915	Kanpur Nagar	Commercial	NEW	6.00	Flat B-623, Omaxe Apartments, Kakadeo, Kanpur Nagar	2025-11-14 14:09:14+05:30	t
JP251192078	Suresh Kumar Bind	9040953985	Lucknow	Commercial	SANCTIONED	7.00	Flat C-187, Ansal Apartments, Aliganj, Lucknow	2025-11-14 14:24:37+05:30	t
JP251160371	Yogesh Kumar Gupta	7852744781	Kanpur Nagar	Agricultural	SANCTIONED	5.00	Village Nawada, Post Madhopur, Near D'Souza Medical Store, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208016	2025-11-14 14:45:19+05:30	t
JP251185136	Anita Singh	8433018745	Ghaziabad	Domestic	SANCTIONED	4.50	139/16, Gali No. 5, Crossings Republik, Ghaziabad 201029	2025-11-14 14:57:15+05:30	t
JP251106530	Pallavi Bind	9734330514	Varanasi	Domestic	SANCTIONED	1.50	58/3, Sector 4, Lanka, Varanasi 221019	2025-11-14 15:13:58+05:30	t
JP251196161	Arif Rizvi	9976198584	Lucknow	Domestic	NEW	4.50	Flat A-833, Ansal Apartments, Aminabad, Lucknow	2025-11-14 15:22:26+05:30	f
JP251148910	Shakeel Rizvi	9287784320	Ayodhya	Domestic	REJECTED	1.50	Flat B-676, Shipra Apartments, Rikabganj, Ayodhya	2025-11-14 15:45:31+05:30	t
JP251167190	Vikram Kumar Shakya	9536517254	Lucknow	Domestic	SANCTIONED	2.00	303/13, Block C, Rajajipuram, Lucknow 226028	2025-11-14 15:55:22+05:30	t
JP251182891	Roshni Pandey	9165001316	Allahabad	Domestic	SANCTIONED	3.00	H.No. 316, Kareli, Allahabad - 211015	2025-11-14 16:17:21+05:30	t
JP251168596	Sohail Farooqui	9958737469	Lucknow	Domestic	UNDER_SCRUTINY	2.50	मकान नं. 152, Gomti Nagar, लखनऊ - 226023	2025-11-14 16:31:57+05:30	t
JP251162164	Javed Beg	6849007424	Kanpur Nagar	Agricultural	UNDER_SCRUTINY	7.00	Village Semra, Post Semra, Near Shiv Mandir, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208025	2025-11-14 16:43:40+05:30	t
JP251119791	Anuj Soni	9702568501	Faizabad	Domestic	NEW	4.50	H.No. 359, Rikabganj, Faizabad - 224029	2025-11-14 16:57:48+05:30	t
JP251125046	Kanchan Pal	+919837857637	Lucknow	Domestic	REJECTED	5.00	369/30, Sector 11, Rajajipuram, Lucknow 226023	2025-11-14 17:22:52+05:30	t
JP251134435	Sakshi Devi Jha	6085352225	Kanpur Nagar	Commercial	UNDER_SCRUTINY	2.00	H.No. 283, Swaroop Nagar, Kanpur Nagar - 208021	2025-11-15 09:30:23+05:30	t
JP251126611	Wasim Zaidi	9117105253	Faizabad	Domestic	NEW	3.00	Flat A-480, Eldeco Apartments, Sahadatganj, Faizabad	2025-11-15 09:54:14+05:30	t
JP251164309	Aishwarya Devi Batham	6446176106	Allahabad	Domestic	UNDER_SCRUTINY	2.00	Flat D-952, Eldeco Apartments, Teliarganj, Allahabad	2025-11-15 10:12:34+05:30	t
JP251196533	Sakshi Dhobi	9719744746	Kanpur Nagar	Domestic	UNDER_SCRUTINY	4.50	Flat F-507, Omaxe Apartments, Swaroop Nagar, Kanpur Nagar	2025-11-15 10:15:24+05:30	t
JP251127629	Aslam Alvi	6006268132	Prayagraj	Commercial	NEW	6.00	Flat D-978, Omaxe Apartments, George Town, Prayagraj	2025-11-15 10:34:27+05:30	f
JP251186914	Chandrabhan Kumar Jaiswal	9277406738	Ghaziabad	Domestic	UNDER_SCRUTINY	4.00	H.No. 190, Near Bank of Baroda, Vijay Nagar, Ghaziabad - 201023	2025-11-15 11:00:23+05:30	t
JP251169084	Aakash Prajapati	9746487987	Allahabad	Domestic	SANCTIONED	5.00	Flat C-296, Shipra Apartments, George Town, Allahabad	2025-11-15 11:13:20+05:30	t
JP251160224	Javed Mirza	6155179425	Kanpur Nagar	Domestic	NEW	3.50	Flat A-722, Shalimar Apartments, Govind Nagar, Kanpur Nagar	2025-11-15 11:20:40+05:30	f
JP251140350	Umesh Rathi	6553874437	Kanpur Nagar	Agricultural	SANCTIONED	8.00	Village Mirzapur Kalan, Post Bhitauli, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208024	2025-11-15 11:43:08+05:30	t
JP251160308	Geeta Rajbhar	09033596113	Varanasi	Domestic	UNDER_SCRUTINY	1.50	Flat B-474, Shalimar Apartments, Lanka, Varanasi	2025-11-15 11:55:56+05:30	t
JP251176352	Praveen Prajapati	6332196100	Ghaziabad	Domestic	UNDER_SCRUTINY	1.50	19/12, Sector 4, Loni, Ghaziabad 201023	2025-11-15 12:21:54+05:30	t
JP251177865	Vandana Chaudhary	8544556950	Allahabad	Domestic	NEW	2.00	Flat D-801, Shalimar Apartments, George Town, Allahabad	2025-11-15 12:38:34+05:30	f
JP251139400	Varsha Kanaujia	8112669053	Ghaziabad	Domestic	SANCTIONED	4.00	375/4, Purana Qila Road, Crossings Republik, Ghaziabad 201006	2025-11-15 12:52:50+05:30	t
JP251126521	Vishal Dwivedi	9526327801	Kanpur Nagar	Domestic	REJECTED	1.50	284/39, Mohalla Qazi Tola, Shyam Nagar, Kanpur Nagar 208027	2025-11-15 13:00:32+05:30	t
JP251179215	Suresh Kumar Tandon	9112401989	Varanasi	Domestic	UNDER_SCRUTINY	1.00	230/29, Purana Qila Road, Bhelupur, Varanasi 221001	2025-11-15 13:20:11+05:30	t
JP251190837	Bhupendra Agnihotri	9484141624	Kanpur Nagar	Domestic	SANCTIONED	4.50	H.No. 243, Barra, Kanpur Nagar - 208006	2025-11-15 13:33:43+05:30	t
JP251165434	Devendra Prasad Tandon	9043145926	Ayodhya	Domestic	UNDER_SCRUTINY	5.00	203/18, Gali No. 2, Naka Muzaffara, Ayodhya 224004	2025-11-15 13:45:43+05:30	t
JP251101896	Kailash Gupta	9899384785	Ghaziabad	Domestic	SANCTIONED	2.00	351/12, Block C, Near Gupta's Sweets, Vijay Nagar, Ghaziabad 201030	2025-11-15 14:04:48+05:30	t
JP251194520	Aparna Upadhyay	8233237960	Gorakhpur	Agricultural	UNDER_SCRUTINY	5.00	Village Sikandarpur, Post Chandpur, Tehsil Gorakhpur Sadar, District Gorakhpur - 273003	2025-11-15 14:23:48+05:30	t
JP251120292	Lakshmi Singh	9796767228	Varanasi	Domestic	UNDER_SCRUTINY	4.00	Flat D-530, Shalimar Apartments, Chowk, Varanasi	2025-11-15 14:44:56+05:30	t
JP251105738	Rachna Prajapati	9933203411	Lucknow	Commercial	SANCTIONED	5.00	Flat E-584, Omaxe Apartments, Chinhat, Lucknow	2025-11-15 14:53:46+05:30	t
JP251148137	Chandrabhan Kumar Bhadauria	7481111904	Kanpur Nagar	Domestic	UNDER_SCRUTINY	4.00	Flat A-934, Gaur Apartments, Kidwai Nagar, Kanpur Nagar	2025-11-15 15:07:19+05:30	t
JP251140608	Abhay Kori	8691088002	Allahabad	Domestic	REJECTED	2.00	H.No. 126, Phaphamau, Allahabad - 211005	2025-11-15 15:24:11+05:30	t
JP251141418	Avinash Kannaujiya	9392267610	Kanpur Nagar	Commercial	SANCTIONED	6.00	H.No. 295, Govind Nagar, Kanpur Nagar - 208006	2025-11-15 15:43:48+05:30	t
JP251166349	Anjali Rathi	9784891740	Gorakhpur	Domestic	NEW	5.00	62/11, Gali No. 5, Near Primary School, Rapti Nagar, Gorakhpur 273018	2025-11-15 15:55:39+05:30	f
JP251180832	Kaushal Kumar Bhardwaj	9329369116	Lucknow	Domestic	SANCTIONED	3.50	Flat E-566, Shalimar Apartments, Jankipuram, Lucknow	2025-11-15 16:10:07+05:30	t
JP251162297	Aarti Devi Tyagi	+919771371174	Kanpur Nagar	Domestic	UNDER_SCRUTINY	2.50	Flat A-839, Omaxe Apartments, Kakadeo, Kanpur Nagar	2025-11-15 16:39:17+05:30	t
JP251121450	Dharmendra Prasad Rai	8650978944	Lucknow	Commercial	SANCTIONED	6.00	219/26, Gali No. 5, Gomti Nagar, Lucknow 226004	2025-11-15 16:41:40+05:30	t
JP251170059	Santosh Kumar Baghel	9561286289	Lucknow	Domestic	SANCTIONED	1.50	212/17, Nai Basti, Indira Nagar, Lucknow 226013	2025-11-15 17:04:21+05:30	t
JP251113531	Sanjay Baghel	9457104403	Agra	Domestic	UNDER_SCRUTINY	3.00	Flat A-269, Gaur Apartments, Kamla Nagar, Agra	2025-11-15 17:27:25+05:30	t
JP251157155	Sita Chaudhary	09847071393	Allahabad	Commercial	SANCTIONED	7.50	H.No. 335, Mumfordganj, Allahabad - 211026	2025-11-17 09:35:50+05:30	t
JP251104212	Bhavna Vishwakarma	9581856226	Ghaziabad	Domestic	NEW	1.50	मकान नं. 315, Kavi Nagar, ग़ाज़ियाबाद - 201011	2025-11-17 09:47:20+05:30	t
JP251163410	Shamim Shaikh	08476382156	Allahabad	Domestic	UNDER_SCRUTINY	1.00	217/4, Gali No. 2, Phaphamau, Allahabad 211028	2025-11-17 10:08:34+05:30	t
JP251185559	Devendra Mathur	9725976710	Lucknow	Commercial	UNDER_SCRUTINY	5.00	349/8, Gali No. 5, Aminabad, Lucknow 226004	2025-11-17 10:24:39+05:30	t
JP251173534	Akhilesh Vaish	7340002302	Varanasi	Domestic	REJECTED	2.00	Flat C-732, Ansal Apartments, Bhelupur, Varanasi	2025-11-17 10:36:23+05:30	t
JP251153184	Nargis Siddiqui	+918090344087	Varanasi	Domestic	SANCTIONED	1.00	135/40, Gali No. 2, Pandeypur, Varanasi 221009	2025-11-17 10:51:20+05:30	t
JP251170732	Sana Ahmad	+919942728210	Lucknow	Domestic	UNDER_SCRUTINY	2.00	357/30, Purana Qila Road, Rajajipuram, Lucknow 226014	2025-11-17 11:06:18+05:30	t
JP251166077	Vikram Yadav	9116308065	Lucknow	Domestic	SANCTIONED	3.50	Flat A-409, Eldeco Apartments, Rajajipuram, Lucknow	2025-11-17 11:34:48+05:30	t
JP251184381	Shivani Devi Nagar	9816131958	Faizabad	Domestic	NEW	3.50	Flat B-481, Omaxe Apartments, Bilharghat, Faizabad	2025-11-17 11:47:28+05:30	t
JP251196735	Sita Chaturvedi	9966283688	Varanasi	Commercial	UNDER_SCRUTINY	7.50	12/29, Purana Qila Road, Bhelupur, Varanasi 221007	2025-11-17 12:05:13+05:30	t
JP251101613	Anoop Bind	9225159603	Lucknow	Domestic	NEW	4.00	264/18, Nai Basti, Near Primary School, Jankipuram, Lucknow 226020	2025-11-17 12:25:10+05:30	f
JP251103465	Atul Tripathi	9261576147	Kanpur Nagar	Domestic	NEW	4.50	261/11, Station Road, Swaroop Nagar, Kanpur Nagar 208005	2025-11-17 12:35:35+05:30	t
JP251128923	Ram Kol	9228652995	Agra	Domestic	UNDER_SCRUTINY	3.50	Flat F-263, Ansal Apartments, Lohamandi, Agra	2025-11-17 12:43:59+05:30	t
JP251192719	Salma Rizvi	+919046833910	Allahabad	Domestic	SANCTIONED	3.50	H.No. 344, Phaphamau, Allahabad - 211011	2025-11-17 13:02:38+05:30	t
JP251146423	Sarita Kapoor	9552059625	Varanasi	Domestic	UNDER_SCRUTINY	4.50	Flat E-676, Ansal Apartments, Mahmoorganj, Varanasi	2025-11-17 13:21:17+05:30	t
JP251165148	Dinesh Arora	9043733581	Ghaziabad	Domestic	SANCTIONED	1.00	101/13, Gali No. 5, Crossings Republik, Ghaziabad 201012	2025-11-17 13:32:24+05:30	t
JP251129758	Kiran Khanna	9446467368	Agra	Domestic	UNDER_SCRUTINY	4.00	H.No. 15, Shahganj, Agra - 282020	2025-11-17 13:58:22+05:30	t
JP251172430	Govind Kumar Kannaujiya	6192189966	Allahabad	Domestic	UNDER_SCRUTINY	2.50	30/40, Gali No. 2, Naini, Allahabad 211028	2025-11-17 14:06:44+05:30	t
JP251195892	Geeta Mishra	9965727188	Lucknow	Domestic	UNDER_SCRUTINY	4.00	Flat D-624, Eldeco Apartments, Gomti Nagar, Lucknow	2025-11-17 14:19:51+05:30	t
JP251157403	Prachi Bansal	9044029131	Gorakhpur	Domestic	NEW	2.50	Flat B-614, Shipra Apartments, Mohaddipur, Gorakhpur	2025-11-17 14:41:38+05:30	t
JP251120655	Nidhi Pathak	9579353987	Allahabad	Commercial	UNDER_SCRUTINY	4.50	301/1, Civil Lines Road, Jhunsi, Allahabad 211022	2025-11-17 14:59:29+05:30	t
JP251165367	Usha Devi Awasthi	9487665170	Agra	Domestic	NEW	4.50	H.No. 89, Shahganj, Agra - 282016	2025-11-17 15:16:26+05:30	t
JP251169107	Shweta Gupta	9105289817	Ghaziabad	Commercial	UNDER_SCRUTINY	6.00	मकान नं. 214, Indirapuram, ग़ाज़ियाबाद - 201005	2025-11-17 15:37:46+05:30	t
JP251169522	Shahnaz Naqvi	9256638147	Prayagraj	Domestic	UNDER_SCRUTINY	5.00	H.No. 87, Kareli, Prayagraj - 211002	2025-11-17 15:38:53+05:30	t
JP251117549	Indu Devi Mishra	9140083778	Ayodhya	Domestic	NEW	3.00	Flat C-453, Gaur Apartments, Sahadatganj, Ayodhya	2025-11-17 16:08:31+05:30	t
JP251149518	Dharmendra Sahu	7737577045	Agra	Domestic	UNDER_SCRUTINY	4.00	Flat B-523, Shalimar Apartments, Tajganj, Agra	2025-11-17 16:23:57+05:30	t
JP251116334	Chandan Chandra	8222379318	Kanpur Nagar	Domestic	SANCTIONED	4.00	139/6, Gali No. 5, Shyam Nagar, Kanpur Nagar 208017	2025-11-17 16:40:33+05:30	t
JP251138042	Siddharth Kumar Jatav	+919132039728	Kanpur Nagar	Domestic	SANCTIONED	1.50	H.No. 215, Kidwai Nagar, Kanpur Nagar - 208002	2025-11-17 16:54:52+05:30	t
JP251173327	Sushma Kushwaha	9631802534	Ghaziabad	Domestic	REJECTED	4.00	Flat C-377, Ansal Apartments, Raj Nagar Extension, Ghaziabad	2025-11-17 17:02:12+05:30	t
JP251160668	Lakshmi Kesarwani	9893907849	Allahabad	Domestic	SANCTIONED	3.00	Flat B-505, Ansal Apartments, Teliarganj, Allahabad	2025-11-17 17:15:56+05:30	t
JP251133303	Lalit Soni	9094570744	Prayagraj	Agricultural	SANCTIONED	10.00	Village Madhopur, Post Sikandarpur, Tehsil Prayagraj Sadar, District Prayagraj - 211014	2025-11-18 09:37:15+05:30	t
JP251152940	Sandeep Kannaujiya	6673763761	Gorakhpur	Domestic	NEW	3.50	201/26, Civil Lines Road, Rapti Nagar, Gorakhpur 273005	2025-11-18 09:52:02+05:30	t
JP251188269	Seema Shakya	9780576323	Allahabad	Domestic	UNDER_SCRUTINY	3.50	Flat A-830, Shipra Apartments, Mumfordganj, Allahabad	2025-11-18 10:18:28+05:30	t
JP251157430	Kishore Dubey	9633798279	Ghaziabad	Commercial	NEW	4.00	Flat F-819, Shipra Apartments, Kavi Nagar, Ghaziabad	2025-11-18 10:31:25+05:30	t
JP251125145	Usha Mathur	+916599709362	Prayagraj	Commercial	UNDER_SCRUTINY	10.00	Flat D-182, Shalimar Apartments, Teliarganj, Prayagraj	2025-11-18 10:48:08+05:30	t
JP251133397	Akhilesh Nishad	9624368444	Gorakhpur	Domestic	UNDER_SCRUTINY	5.00	H.No. 220, Rapti Nagar, Gorakhpur - 273022	2025-11-18 11:05:48+05:30	t
JP251124938	Kuldeep Kumar Agarwal	8575066607	Allahabad	Commercial	UNDER_SCRUTINY	6.50	H.No. 370, Near D'Souza Medical Store, Kareli, Allahabad - 211028	2025-11-18 11:18:20+05:30	t
JP251159758	Kaushal Saxena	9049703749	Gorakhpur	Domestic	NEW	3.50	128/33, Gali No. 2, Shahpur, Gorakhpur 273028	2025-11-18 11:30:52+05:30	f
JP251131614	Durga Soni	6153091741	Agra	Domestic	REJECTED	3.00	H.No. 288, Khandari, Agra - 282019	2025-11-18 11:52:45+05:30	t
JP251160141	Vikas Arora	7427295621	Kanpur Nagar	Agricultural	SANCTIONED	6.00	Village Dhaurahra, Post Dhaurahra, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208023	2025-11-18 12:00:34+05:30	t
JP251193669	Siddharth Prasad Kurmi	9798945726	Varanasi	Domestic	NEW	5.00	233/35, Station Road, Sigra, Varanasi 221023	2025-11-18 12:14:19+05:30	t
JP251151121	Aparna Shukla	9473111314	Lucknow	Domestic	NEW	2.00	H.No. 292, Aminabad, Lucknow - 226024	2025-11-18 12:41:07+05:30	t
JP251156138	Bhupendra Dubey	9564803638	Lucknow	Domestic	SANCTIONED	3.50	Flat F-604, Gaur Apartments, Jankipuram, Lucknow	2025-11-18 12:50:32+05:30	t
JP251141992	Anju Devi Srivastava	7125132022	Faizabad	Domestic	SANCTIONED	1.00	H.No. 101, Civil Lines, Faizabad - 224025	2025-11-18 13:09:11+05:30	t
JP251106407	Nadeem Qureshi	9119947768	Agra	Commercial	SANCTIONED	8.00	315/27, Sector 11, Lohamandi, Agra 282028	2025-11-18 13:30:32+05:30	t
JP251197266	Chetan Valmiki	9398894851	Kanpur Nagar	Agricultural	SANCTIONED	9.00	Village Madhopur, Post Nawada, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208027	2025-11-18 13:37:55+05:30	t
JP251149147	Fatima Hashmi	6677045331	Lucknow	Domestic	SANCTIONED	2.50	Flat A-696, Shipra Apartments, Rajajipuram, Lucknow	2025-11-18 13:55:36+05:30	t
JP251156800	Alka Saini	6637721950	Agra	Domestic	NEW	1.50	Flat B-815, Eldeco Apartments, Dayalbagh, Agra	2025-11-18 14:08:09+05:30	f
JP251114665	Rashid Ahmad	6480457398	Allahabad	Domestic	UNDER_SCRUTINY	1.00	H.No. 105, Phaphamau, Allahabad - 211022	2025-11-18 14:30:49+05:30	t
JP251116711	Nidhi Devi Vaish	6836116645	Varanasi	Domestic	UNDER_SCRUTINY	4.50	H.No. 181, Mahmoorganj, Varanasi - 221023	2025-11-18 14:39:23+05:30	t
JP251145902	Gopal Chauhan	9065918427	Gorakhpur	Commercial	SANCTIONED	6.00	127/18, Sector 11, Near D'Souza Medical Store, Taramandal, Gorakhpur 273001	2025-11-18 15:07:43+05:30	t
JP251113934	Shalini Srivastava	6823199555	Ayodhya	Domestic	NEW	3.50	H.No. 330, Naka Muzaffara, Ayodhya - 224012	2025-11-18 15:11:33+05:30	t
JP251174051	Sakshi Gautam	+916791443184	Ghaziabad	Agricultural	UNDER_SCRUTINY	7.00	Village Nawada, Post Rampur, Tehsil Ghaziabad Sadar, District Ghaziabad - 201015	2025-11-18 15:29:57+05:30	t
JP251109472	Imran Pathan	9897861706	Ghaziabad	Commercial	REJECTED	5.50	Flat F-586, Eldeco Apartments, Crossings Republik, Ghaziabad	2025-11-18 15:46:52+05:30	t
JP251116063	Chanchal Valmiki	9389055173	Lucknow	Domestic	SANCTIONED	2.50	Flat F-894, Gaur Apartments, Aliganj, Lucknow	2025-11-18 16:03:23+05:30	t
JP251191831	Anshika Kapoor	6275270333	Kanpur Nagar	Domestic	SANCTIONED	1.00	152/3, Station Road, Swaroop Nagar, Kanpur Nagar 208022	2025-11-18 16:15:42+05:30	t
JP251137759	Shivam Kori	6551581031	Agra	Domestic	NEW	3.50	Flat A-199, Shalimar Apartments, Sikandra, Agra	2025-11-18 16:34:57+05:30	t
JP251129104	Govind Asthana	9724055075	Agra	Commercial	REJECTED	7.00	206/13, Gali No. 2, Khandari, Agra 282026	2025-11-18 16:55:51+05:30	t
JP251151464	Ajay Kumar Gupta	9062751969	Varanasi	Commercial	NEW	8.50	78/35, Purana Qila Road, Sigra, Varanasi 221011	2025-11-18 17:14:11+05:30	t
JP251119473	Kajal Srivastava	9378783894	Prayagraj	Domestic	SANCTIONED	2.50	H.No. 14, George Town, Prayagraj - 211022	2025-11-19 09:30:21+05:30	t
JP251170613	Atul Bhatnagar	9122486889	Allahabad	Domestic	NEW	4.50	H.No. 233, Phaphamau, Allahabad - 211011	2025-11-19 09:45:28+05:30	f
JP251107447	Harish Kumar Agarwal	9210410060	Agra	Agricultural	SANCTIONED	8.00	Village Rampur, Post Bhitauli, Tehsil Agra Sadar, District Agra - 282010	2025-11-19 10:04:24+05:30	t
JP251182588	Brijesh Jha	9057909981	Gorakhpur	Domestic	UNDER_SCRUTINY	3.50	162/33, Purana Qila Road, Bichhiya, Gorakhpur 273022	2025-11-19 10:09:11+05:30	t
JP251127985	Rajiv Saini	8280791677	Lucknow	Domestic	SANCTIONED	5.00	H.No. 15, Alambagh, Lucknow - 226023	2025-11-19 10:31:06+05:30	t
JP251174257	Chandan Patel	9005596263	Varanasi	Domestic	UNDER_SCRUTINY	3.00	Flat A-995, Shipra Apartments, Chowk, Varanasi	2025-11-19 10:41:50+05:30	t
JP251182842	Arun Patel	08771060309	Lucknow	Domestic	UNDER_SCRUTINY	4.00	194/6, Purana Qila Road, Rajajipuram, Lucknow 226018	2025-11-19 10:56:43+05:30	t
JP251161244	Naseem Ahmad	9652993062	Faizabad	Domestic	SANCTIONED	4.00	H.No. 162, Sahadatganj, Faizabad - 224025	2025-11-19 11:14:34+05:30	t
JP251100982	Mayank Kumar Dubey	8126613140	Varanasi	Domestic	UNDER_SCRUTINY	4.50	H.No. 388, Lanka, Varanasi - 221023	2025-11-19 11:27:24+05:30	t
JP251107614	Mushtaq Ahmad	9523063053	Varanasi	Domestic	SANCTIONED	2.50	Flat E-953, Eldeco Apartments, Sarnath, Varanasi	2025-11-19 11:53:32+05:30	t
JP251129737	Kanchan Devi Vaish	9178763026	Varanasi	Domestic	UNDER_SCRUTINY	3.50	H.No. 368, Bhelupur, Varanasi - 221022	2025-11-19 12:08:37+05:30	t
JP251150832	Renu Kushwaha	9777972548	Ghaziabad	Domestic	UNDER_SCRUTINY	2.50	Flat F-535, Omaxe Apartments, Loni, Ghaziabad	2025-11-19 12:24:55+05:30	t
JP251107303	Lalit Gangwar	9269432595	Ghaziabad	Domestic	SANCTIONED	4.00	H.No. 184, Loni, Ghaziabad - 201015	2025-11-19 12:31:57+05:30	t
JP251121962	Swati Awasthi	9938283688	Ghaziabad	Domestic	SANCTIONED	3.00	H.No. 25, Raj Nagar Extension, Ghaziabad - 201015	2025-11-19 12:53:30+05:30	t
JP251178718	Suresh Kanaujia	7642631822	Lucknow	Domestic	NEW	3.00	H.No. 394, Indira Nagar, Lucknow - 226027	2025-11-19 13:13:13+05:30	t
JP251188537	Wasim Malik	9980092123	Kanpur Nagar	Domestic	UNDER_SCRUTINY	4.50	H.No. 369, Kalyanpur, Kanpur Nagar - 208011	2025-11-19 13:19:46+05:30	t
JP251126313	Imran Abbasi	8982148066	Kanpur Nagar	Domestic	REJECTED	4.50	H.No. 268, Kalyanpur, Kanpur Nagar - 208020	2025-11-19 13:41:06+05:30	t
JP251192436	Hari Jaiswal	9940685478	Varanasi	Domestic	UNDER_SCRUTINY	2.50	Flat D-983, Eldeco Apartments, Sarnath, Varanasi	2025-11-19 13:55:16+05:30	t
JP251184735	Poonam Bhardwaj	9300556127	Varanasi	Domestic	UNDER_SCRUTINY	1.50	195/27, Gali No. 5, Near Hanuman Mandir, Bhelupur, Varanasi 221001	2025-11-19 14:19:17+05:30	t
JP251158108	Himanshu Tripathi	9230991646	Ghaziabad	Domestic	NEW	2.50	48/31, Purana Qila Road, Raj Nagar Extension, Ghaziabad 201021	2025-11-19 14:37:12+05:30	f
JP251123207	Ayesha Beg	08548872291	Varanasi	Domestic	UNDER_SCRUTINY	3.00	Flat D-358, Eldeco Apartments, Chowk, Varanasi	2025-11-19 14:53:19+05:30	t
JP251161722	Neha Mittal	+917960076012	Gorakhpur	Domestic	SANCTIONED	3.50	H.No. 296, Rapti Nagar, Gorakhpur - 273024	2025-11-19 14:55:58+05:30	t
JP251132332	Sanjay Singh	8611606455	Gorakhpur	Domestic	NEW	1.50	Flat D-828, Shalimar Apartments, Taramandal, Gorakhpur	2025-11-19 15:21:12+05:30	t
JP251162997	Khushboo Tyagi	9242696751	Allahabad	Commercial	SANCTIONED	7.50	237/25, Mohalla Qazi Tola, Jhunsi, Allahabad 211023	2025-11-19 15:32:07+05:30	t
JP251179832	Naseem Farooqui	09199772162	Lucknow	Domestic	SANCTIONED	3.00	H.No. 57, Jankipuram, Lucknow - 226028	2025-11-19 15:58:01+05:30	t
JP251120407	Himanshu Kumar Tomar	8712726982	Ghaziabad	Domestic	NEW	4.00	313/26, Nai Basti, Raj Nagar Extension, Ghaziabad 201009	2025-11-19 16:14:27+05:30	t
JP251184173	Irshad Naqvi	8672731790	Kanpur Nagar	Domestic	SANCTIONED	1.50	Flat D-993, Shipra Apartments, Panki, Kanpur Nagar	2025-11-19 16:30:16+05:30	t
JP251184755	Brijesh Bajpai	9050308264	Lucknow	Domestic	UNDER_SCRUTINY	1.50	18/28, Mohalla Qazi Tola, Alambagh, Lucknow 226026	2025-11-19 16:37:27+05:30	t
JP251134569	Sarita Awasthi	9601478081	Agra	Domestic	UNDER_SCRUTINY	4.50	H.No. 349, Shahganj, Agra - 282016	2025-11-19 16:54:58+05:30	t
JP251108952	Raj Kumar Gupta	8102849833	Kanpur Nagar	Commercial	UNDER_SCRUTINY	10.00	358/32, Gali No. 5, Barra, Kanpur Nagar 208015	2025-11-19 17:07:05+05:30	t
JP251168201	Ankita Pal	9440976246	Agra	Domestic	SANCTIONED	1.50	60/26, Sector 11, Belanganj, Agra 282018	2025-11-19 17:24:36+05:30	t
JP251132688	Akanksha Tandon	9099308340	Kanpur Nagar	Commercial	UNDER_SCRUTINY	3.00	104/31, Mohalla Qazi Tola, Shyam Nagar, Kanpur Nagar 208004	2025-11-20 09:47:31+05:30	t
JP251168779	Vipin Vishwakarma	6725846383	Prayagraj	Domestic	UNDER_SCRUTINY	3.50	H.No. 278, Phaphamau, Prayagraj - 211011	2025-11-20 09:59:54+05:30	t
JP251172364	Mayank Chaudhary	7605510549	Ghaziabad	Domestic	SANCTIONED	2.50	H.No. 225, Kavi Nagar, Ghaziabad - 201021	2025-11-20 10:18:31+05:30	t
JP251173902	Kamla Shukla	9287856505	Lucknow	Domestic	NEW	5.00	176/33, Nai Basti, Alambagh, Lucknow 226010	2025-11-20 10:27:41+05:30	t
JP251114179	Arjun Kumar Rathore	9877163286	Lucknow	Domestic	NEW	2.00	Flat E-910, Shipra Apartments, Aliganj, Lucknow	2025-11-20 10:55:55+05:30	t
JP251152279	Khushboo Goswami	9178329351	Ghaziabad	Domestic	NEW	3.50	Flat C-541, Shipra Apartments, Vijay Nagar, Ghaziabad	2025-11-20 11:10:54+05:30	t
JP251153588	Mona Rawat	9135257537	Lucknow	Domestic	SANCTIONED	3.00	130/10, Civil Lines Road, Jankipuram, Lucknow 226015	2025-11-20 11:25:57+05:30	t
JP251169209	Rizwan Siddiqui	9299866071	Allahabad	Commercial	NEW	5.50	Flat B-403, Shalimar Apartments, Kareli, Allahabad	2025-11-20 11:31:08+05:30	t
JP251193140	Sohan Kumar Chaturvedi	8864680061	Ghaziabad	Domestic	NEW	3.50	10/2, Station Road, Raj Nagar Extension, Ghaziabad 201012	2025-11-20 11:56:39+05:30	t
JP251111578	Keshav Soni	7471910290	Ghaziabad	Domestic	UNDER_SCRUTINY	2.50	मकान नं. 115, Vaishali, ग़ाज़ियाबाद - 201006	2025-11-20 12:01:58+05:30	t
JP251193107	Vinay Lodhi	9939061733	Gorakhpur	Domestic	REJECTED	3.00	Flat A-162, Omaxe Apartments, Mohaddipur, Gorakhpur	2025-11-20 12:31:37+05:30	t
JP251199673	Monika Devi Vaish	9176052514	Agra	Domestic	UNDER_SCRUTINY	4.00	H.No. 92, Tajganj, Agra - 282011	2025-11-20 12:42:14+05:30	t
JP251192870	Yamini Soni	9254366170	Allahabad	Domestic	UNDER_SCRUTINY	2.00	H.No. 265, Mumfordganj, Allahabad - 211011	2025-11-20 13:04:48+05:30	t
JP251124064	Neha Nishad	9785098590	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	H.No. 347, Barra, Kanpur Nagar - 208021	2025-11-20 13:12:28+05:30	t
JP251186226	Reena Devi Jha	9502962248	Gorakhpur	Domestic	SANCTIONED	1.00	327/11, Gali No. 5, Taramandal, Gorakhpur 273006	2025-11-20 13:34:49+05:30	t
JP251161171	Varun Kumar Agnihotri	9696072309	Agra	Domestic	NEW	2.50	132/13, Gali No. 5, Sikandra, Agra 282021	2025-11-20 13:49:08+05:30	t
JP251184781	Anamika Dixit	9612597119	Lucknow	Commercial	REJECTED	5.50	H.No. 330, Alambagh, Lucknow - 226024	2025-11-20 13:57:30+05:30	t
JP251180459	Rishabh Chandra	9844580596	Varanasi	Domestic	UNDER_SCRUTINY	2.50	H.No. 360, Shivpur, Varanasi - 221009	2025-11-20 14:14:21+05:30	t
JP251184388	Sumit Mishra	9038023615	Allahabad	Domestic	UNDER_SCRUTINY	5.00	H.No. 11, Naini, Allahabad - 211026	2025-11-20 14:26:58+05:30	t
JP251140669	Shikha Bhardwaj	9686127489	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	Flat E-697, Omaxe Apartments, Kakadeo, Kanpur Nagar	2025-11-20 14:42:57+05:30	t
JP251132400	Geeta Valmiki	8825581851	Gorakhpur	Domestic	REJECTED	2.50	Flat D-282, Eldeco Apartments, Bichhiya, Gorakhpur	2025-11-20 15:08:47+05:30	t
JP251115797	Alka Sengar	8254151102	Lucknow	Domestic	SANCTIONED	5.00	H.No. 346, Near Shiv Mandir, Rajajipuram, Lucknow - 226012	2025-11-20 15:22:34+05:30	t
JP251110568	Madhu Thakur	9179315651	Gorakhpur	Domestic	NEW	5.00	186/34, Station Road, Mohaddipur, Gorakhpur 273025	2025-11-20 15:43:02+05:30	t
JP251154887	Umesh Saxena	9889408135	Lucknow	Commercial	UNDER_SCRUTINY	10.00	175/12, Mohalla Qazi Tola, Aliganj, Lucknow 226010	2025-11-20 15:55:53+05:30	t
JP251178431	Kajal Dixit	6064541641	Lucknow	Commercial	SANCTIONED	4.00	H.No. 276, Chinhat, Lucknow - 226018	2025-11-20 16:16:02+05:30	t
JP251170009	Prachi Sethi	9379017557	Lucknow	Commercial	UNDER_SCRUTINY	3.00	Flat A-280, Gaur Apartments, Aliganj, Lucknow	2025-11-20 16:32:08+05:30	t
JP251110123	Usha Gupta	8237048643	Ghaziabad	Domestic	SANCTIONED	3.50	H.No. 77\\8, Crossings Republik, Ghaziabad - 201006	2025-11-20 16:44:52+05:30	t
JP251132875	Shikha Bhatnagar	9146273083	Lucknow	Domestic	NEW	1.00	62/11, Nai Basti, Jankipuram, Lucknow 226018	2025-11-20 17:03:07+05:30	t
JP251139937	Rashid Khan	6689484988	Prayagraj	Domestic	SANCTIONED	4.00	H.No. 369, Naini, Prayagraj - 211026	2025-11-20 17:21:14+05:30	t
JP251172016	Vipin Dixit	9108154468	Agra	Domestic	UNDER_SCRUTINY	1.50	H.No. 271, Khandari, Agra - 282018	2025-11-20 17:24:14+05:30	t
JP251116784	Dinesh Rawat	7977359883	Agra	Domestic	NEW	5.00	H.No. 174, Belanganj, Agra - 282016	2025-11-21 09:39:01+05:30	t
JP251128700	Om Kumar	7178770282	Faizabad	Domestic	SANCTIONED	3.50	Flat C-272, Shalimar Apartments, Bilharghat, Faizabad	2025-11-21 10:02:16+05:30	t
JP251151235	Asha Jha	7452412505	Gorakhpur	Domestic	UNDER_SCRUTINY	1.00	H.No. 173, Taramandal, Gorakhpur - 273024	2025-11-21 10:24:04+05:30	t
JP251140543	Yamini Bajaj	9759257280	Gorakhpur	Domestic	SANCTIONED	2.00	126/8, Block C, Bichhiya, Gorakhpur 273008	2025-11-21 10:31:00+05:30	t
JP251109307	Mushtaq Shaikh	9993066803	Varanasi	Domestic	SANCTIONED	4.00	Flat B-632, Shipra Apartments, Sigra, Varanasi	2025-11-21 10:46:45+05:30	t
JP251129471	Vinod Kumar	9946169829	Allahabad	Commercial	SANCTIONED	6.50	Flat F-643, Shalimar Apartments, Jhunsi, Allahabad	2025-11-21 11:02:40+05:30	t
JP251141144	Sushma Asthana	6739874622	Kanpur Nagar	Domestic	SANCTIONED	5.00	Flat E-501, Omaxe Apartments, Kalyanpur, Kanpur Nagar	2025-11-21 11:15:42+05:30	t
JP251142926	Suman Agarwal	6377289362	Ghaziabad	Domestic	SANCTIONED	5.00	Flat D-294, Gaur Apartments, Vijay Nagar, Ghaziabad	2025-11-21 11:45:11+05:30	t
JP251181131	Iqbal Usmani	7834947953	Kanpur Nagar	Agricultural	SANCTIONED	7.00	Village Sikandarpur, Post Madhopur, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208002	2025-11-21 11:59:17+05:30	t
JP251105370	Tanuja Kori	9040735550	Lucknow	Domestic	UNDER_SCRUTINY	1.50	Flat D-157, Shalimar Apartments, Alambagh, Lucknow	2025-11-21 12:03:41+05:30	t
JP251107776	Ram Khanna	9269607601	Agra	Domestic	SANCTIONED	4.50	Flat F-373, Gaur Apartments, Kamla Nagar, Agra	2025-11-21 12:24:09+05:30	t
JP251100547	Manish Mehrotra	+917769281593	Gorakhpur	Domestic	NEW	1.50	H.No. 133, Rapti Nagar, Gorakhpur - 273020	2025-11-21 12:46:19+05:30	t
JP251126096	Anwar Saifi	9474348144	Kanpur Nagar	Commercial	NEW	6.00	H.No. 227, Kalyanpur, Kanpur Nagar - 208016	2025-11-21 13:07:20+05:30	f
JP251188654	Tanuja Dhobi	8180598306	Varanasi	Domestic	UNDER_SCRUTINY	2.00	331/16, Gali No. 5, Mahmoorganj, Varanasi 221008	2025-11-21 13:11:55+05:30	t
JP251126606	Parveen Mirza	9259947756	Allahabad	Domestic	UNDER_SCRUTINY	4.00	Flat C-604, Gaur Apartments, Teliarganj, Allahabad	2025-11-21 13:31:29+05:30	t
JP251102301	Ayush Arora	6314597180	Lucknow	Domestic	SANCTIONED	3.00	Flat B-574, Omaxe Apartments, Jankipuram, Lucknow	2025-11-21 13:50:35+05:30	t
JP251186236	Shivam Kumar Bhardwaj	7083349449	Varanasi	Commercial	UNDER_SCRUTINY	7.00	H.No. 274, Mahmoorganj, Varanasi - 221028	2025-11-21 14:08:37+05:30	t
JP251186404	Umesh Sengar	6749807539	Kanpur Nagar	Domestic	NEW	2.50	182/13, Station Road, Govind Nagar, Kanpur Nagar 208025	2025-11-21 14:23:57+05:30	f
JP251181522	Shikha Soni	9797239662	Lucknow	Domestic	UNDER_SCRUTINY	4.50	Flat F-506, Shipra Apartments, Indira Nagar, Lucknow	2025-11-21 14:41:24+05:30	t
JP251164429	Govind Valmiki	8530572544	Kanpur Nagar	Commercial	UNDER_SCRUTINY	6.00	51/35, Gali No. 2, Shyam Nagar, Kanpur Nagar 208012	2025-11-21 14:52:56+05:30	t
JP251134828	Pawan Bajpai	9372872187	Faizabad	Commercial	UNDER_SCRUTINY	9.00	Flat A-187, Shalimar Apartments, Darshan Nagar, Faizabad	2025-11-21 15:10:19+05:30	t
JP251104876	Imran Malik	7401337872	Ghaziabad	Agricultural	UNDER_SCRUTINY	7.00	Village Dhaurahra, Post Sikandarpur, Near Primary School, Tehsil Ghaziabad Sadar, District Ghaziabad - 201008	2025-11-21 15:28:49+05:30	t
JP251113913	Sudhir Dhobi	06253633553	Lucknow	Domestic	SANCTIONED	2.50	H.No. 220, Aminabad, Lucknow - 226006	2025-11-21 15:46:14+05:30	t
JP251187888	Vikram Singh	9494168780	Lucknow	Domestic	NEW	3.50	Flat B-321, Eldeco Apartments, Rajajipuram, Lucknow	2025-11-21 16:04:18+05:30	t
JP251146441	Praveen Upadhyay	+919093859324	Varanasi	Domestic	SANCTIONED	1.00	Flat E-681, Ansal Apartments, Sigra, Varanasi	2025-11-21 16:09:37+05:30	t
JP251140278	Anjali Tandon	8605045971	Gorakhpur	Domestic	UNDER_SCRUTINY	3.00	H.No. 38, Rapti Nagar, Gorakhpur - 273025	2025-11-21 16:28:09+05:30	t
JP251123650	Amitabh Bhatnagar	9169004926	Gorakhpur	Domestic	SANCTIONED	2.00	Flat D-191, Eldeco Apartments, Betiahata, Gorakhpur	2025-11-21 16:45:05+05:30	t
JP251116660	Salma Warsi	9794113989	Allahabad	Domestic	SANCTIONED	4.00	204/26, Civil Lines Road, Teliarganj, Allahabad 211004	2025-11-21 17:05:24+05:30	t
JP251105998	Gaurav Kumar Bhatnagar	7614107159	Allahabad	Domestic	SANCTIONED	1.00	206/33, Sector 11, Mumfordganj, Allahabad 211028	2025-11-21 17:19:29+05:30	t
JP251196733	Abdul Malik	6713455323	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.50	Flat F-960, Eldeco Apartments, Kakadeo, Kanpur Nagar	2025-11-22 09:31:24+05:30	t
JP251180638	Santosh Kumar Pasi	7951459300	Lucknow	Domestic	NEW	3.50	372/33, Civil Lines Road, Gomti Nagar, Lucknow 226010	2025-11-22 09:55:55+05:30	t
JP251169092	Dharmendra Valmiki	+917742101226	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.50	Flat E-949, Shipra Apartments, Kakadeo, Kanpur Nagar	2025-11-22 10:01:48+05:30	t
JP251157146	Shweta Devi Pal	9676595699	Kanpur Nagar	Domestic	SANCTIONED	1.00	Flat E-533, Ansal Apartments, Shyam Nagar, Kanpur Nagar	2025-11-22 10:20:02+05:30	t
JP251191162	Saurabh Sengar	6207936163	Gorakhpur	Domestic	REJECTED	4.00	H.No. 169, Taramandal, Gorakhpur - 273006	2025-11-22 10:36:08+05:30	t
JP251124676	Geeta Pathak	9398330756	Lucknow	Domestic	SANCTIONED	4.00	H.No. 370, Chinhat, Lucknow - 226004	2025-11-22 10:49:13+05:30	t
JP251184255	Ramesh Katiyar	6366474110	Agra	Domestic	SANCTIONED	1.50	H.No. 262, Sikandra, Agra - 282010	2025-11-22 11:04:57+05:30	t
JP251187776	Anjali Ojha	9849766735	Ghaziabad	Domestic	NEW	1.00	H.No. 208, Kavi Nagar, Ghaziabad - 201021	2025-11-22 11:28:35+05:30	t
JP251153717	Divya Dhuria	9058017886	Gorakhpur	Domestic	SANCTIONED	5.00	Flat D-299, Eldeco Apartments, Golghar, Gorakhpur	2025-11-22 11:45:06+05:30	t
JP251111162	Anurag Chaurasia	7154113132	Allahabad	Domestic	NEW	3.00	88/4, Purana Qila Road, Civil Lines, Allahabad 211012	2025-11-22 12:02:16+05:30	t
JP251171218	Deepak Tandon	6865711554	Agra	Domestic	UNDER_SCRUTINY	2.00	H.No. 118, Near Old Water Tank, Dayalbagh, Agra - 282016	2025-11-22 12:20:27+05:30	t
JP251169653	Kamla Sinha	6687140148	Varanasi	Domestic	NEW	4.50	Flat F-331, Eldeco Apartments, Sarnath, Varanasi	2025-11-22 12:26:41+05:30	t
JP251118239	Abhishek Dixit	9078579001	Ghaziabad	Commercial	SANCTIONED	9.50	47/38, Civil Lines Road, Vaishali, Ghaziabad 201006	2025-11-22 12:45:00+05:30	t
JP251185705	Balram Prasad Bajpai	9225027118	Kanpur Nagar	Domestic	SANCTIONED	1.50	371/6, Civil Lines Road, Shyam Nagar, Kanpur Nagar 208013	2025-11-22 13:00:26+05:30	t
JP251148487	Shalini Pal	9509023686	Faizabad	Domestic	NEW	3.00	66/19, Gali No. 5, Naka Muzaffara, Faizabad 224001	2025-11-22 13:22:29+05:30	t
JP251124920	Rehana Ansari	+919120395896	Lucknow	Domestic	SANCTIONED	1.00	Flat C-492, Shalimar Apartments, Indira Nagar, Lucknow	2025-11-22 13:34:54+05:30	t
JP251130369	Sharda Ojha	9752484725	Agra	Domestic	SANCTIONED	5.00	Flat A-300, Shipra Apartments, Belanganj, Agra	2025-11-22 13:44:21+05:30	t
JP251114433	Bhupendra Dixit	7920289266	Lucknow	Domestic	UNDER_SCRUTINY	1.00	Flat E-851, Gaur Apartments, Rajajipuram, Lucknow	2025-11-22 14:03:22+05:30	t
JP251181331	Rubina Ahmad	9128074584	Kanpur Nagar	Agricultural	SANCTIONED	5.00	Village Rampur, Post Bhitauli, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208012	2025-11-22 14:19:18+05:30	t
JP251132672	Rekha Devi Tandon	7550172090	Faizabad	Domestic	UNDER_SCRUTINY	1.50	211/4, Sector 11, Sahadatganj, Faizabad 224014	2025-11-22 14:45:24+05:30	t
JP251164775	Ankit Ojha	9374983393	Kanpur Nagar	Domestic	SANCTIONED	2.00	Flat B-293, Shipra Apartments, Kalyanpur, Kanpur Nagar	2025-11-22 14:52:46+05:30	t
JP251103681	Lalit Tandon	+919997689717	Ghaziabad	Agricultural	NEW	9.00	Village Dhaurahra, Post Mirzapur Kalan, Tehsil Ghaziabad Sadar, District Ghaziabad - 201005	2025-11-22 15:14:46+05:30	t
JP251173784	Vikram Kumar Patel	9647867633	Lucknow	Domestic	SANCTIONED	1.00	H.No. 39, Indira Nagar, Lucknow - 226007	2025-11-22 15:29:40+05:30	t
JP251147503	Rajiv Upadhyay	6412386559	Prayagraj	Domestic	UNDER_SCRUTINY	3.00	39/31, Gali No. 5, Phaphamau, Prayagraj 211026	2025-11-22 15:47:37+05:30	t
JP251151014	Neetu Rajbhar	7125945142	Lucknow	Commercial	SANCTIONED	3.50	H.No. 361, Jankipuram, Lucknow - 226016	2025-11-22 16:04:25+05:30	t
JP251153685	Sonam Agarwal	7532300403	Allahabad	Domestic	REJECTED	2.00	268/25, Block C, Near Old Water Tank, Phaphamau, Allahabad 211030	2025-11-22 16:07:50+05:30	t
JP251173344	Kailash Kushwaha	9310509189	Gorakhpur	Domestic	SANCTIONED	5.00	Flat F-995, Shalimar Apartments, Mohaddipur, Gorakhpur	2025-11-22 16:30:06+05:30	t
JP251182106	Arjun Kumar Mittal	9260173182	Agra	Domestic	SANCTIONED	4.50	Flat C-751, Eldeco Apartments, Tajganj, Agra	2025-11-22 16:44:55+05:30	t
JP251137283	Nargis Siddiqui	9783053985	Agra	Agricultural	UNDER_SCRUTINY	10.00	Village Dhaurahra, Post Madhopur, Tehsil Agra Sadar, District Agra - 282022	2025-11-22 17:08:24+05:30	t
JP251140801	Mahendra Bhardwaj	8209593379	Ghaziabad	Domestic	SANCTIONED	5.00	48/32, Block C, Crossings Republik, Ghaziabad 201003	2025-11-22 17:19:46+05:30	t
JP251112719	Tanuja Devi Pal	9102037970	Gorakhpur	Domestic	NEW	2.00	321/8, Gali No. 5, Mohaddipur, Gorakhpur 273019	2025-11-22 17:28:12+05:30	f
JP251167662	Mukesh Rai	8606311620	Agra	Commercial	UNDER_SCRUTINY	9.50	H.No. 167, Shahganj, Agra - 282025	2025-11-24 09:50:16+05:30	t
JP251199385	Neelam Prajapati	9367407191	Kanpur Nagar	Domestic	SANCTIONED	5.00	H.No. 251, Kidwai Nagar, Kanpur Nagar - 208028	2025-11-24 10:08:12+05:30	t
JP251137539	Lakshmi Gangwar	9424894457	Allahabad	Domestic	NEW	3.50	H.No. 395, Jhunsi, Allahabad - 211029	2025-11-24 10:28:34+05:30	t
JP251110413	Rekha Agarwal	8476394991	Faizabad	Domestic	UNDER_SCRUTINY	2.00	351/10, Gali No. 2, Bilharghat, Faizabad 224020	2025-11-24 10:42:11+05:30	t
JP251148446	Satish Kumar Shukla	9303973131	Agra	Domestic	SANCTIONED	2.50	17/33, Block C, Khandari, Agra 282026	2025-11-24 10:57:51+05:30	t
JP251172712	Uma Pasi	9799558095	Lucknow	Domestic	REJECTED	2.00	Flat C-869, Gaur Apartments, Chinhat, Lucknow	2025-11-24 11:05:03+05:30	t
JP251159251	Mahesh Singh	7945866537	Lucknow	Domestic	UNDER_SCRUTINY	1.00	74/8, Nai Basti, Alambagh, Lucknow 226021	2025-11-24 11:26:26+05:30	t
JP251106876	Ashish Kumar Tyagi	9867295658	Gorakhpur	Domestic	SANCTIONED	2.00	Flat F-626, Omaxe Apartments, Rapti Nagar, Gorakhpur	2025-11-24 11:52:03+05:30	t
JP251197707	Farhana Zaidi	+917859008517	Ghaziabad	Commercial	NEW	10.00	H.No. 174, Loni, Ghaziabad - 201013	2025-11-24 11:57:19+05:30	t
JP251166264	Ajay Rastogi	6455033042	Ayodhya	Domestic	SANCTIONED	1.50	H.No. 207, Bilharghat, Ayodhya - 224004	2025-11-24 12:21:43+05:30	t
JP251192277	Prashant Agarwal	9520269058	Allahabad	Domestic	NEW	3.00	370/23, Purana Qila Road, Teliarganj, Allahabad 211026	2025-11-24 12:32:16+05:30	t
JP251177524	Dilip Katiyar	8011531366	Allahabad	Domestic	UNDER_SCRUTINY	2.50	Flat B-441, Omaxe Apartments, Civil Lines, Allahabad	2025-11-24 12:43:26+05:30	t
JP251136779	Rajesh Prasad Sengar	9673306865	Varanasi	Commercial	NEW	3.00	191/25, Station Road, Bhelupur, Varanasi 221007	2025-11-24 12:56:33+05:30	t
JP251197094	Tushar Prasad Rai	6663361701	Agra	Domestic	SANCTIONED	2.50	Flat A-312, Gaur Apartments, Lohamandi, Agra	2025-11-24 13:18:47+05:30	t
JP251143461	Rajesh Valmiki	6848717702	Kanpur Nagar	Domestic	UNDER_SCRUTINY	4.00	Flat F-961, Eldeco Apartments, Panki, Kanpur Nagar	2025-11-24 13:33:45+05:30	t
JP251142737	Shivani Bind	7155702415	Agra	Domestic	REJECTED	4.00	Flat F-374, Gaur Apartments, Lohamandi, Agra	2025-11-24 13:51:37+05:30	t
JP251107061	Rekha Trivedi	9311741975	Agra	Domestic	SANCTIONED	1.50	H.No. 351, Tajganj, Agra - 282001	2025-11-24 14:09:45+05:30	t
JP251183287	Ashutosh Prasad Agarwal	9169587277	Lucknow	Agricultural	NEW	4.00	Village Bhagwanpur, Post Madhopur, Tehsil Lucknow Sadar, District Lucknow - 226016	2025-11-24 14:24:21+05:30	t
JP251125710	Mona Bhatt	6977540053	Allahabad	Domestic	REJECTED	5.00	Flat C-822, Gaur Apartments, Civil Lines, Allahabad	2025-11-24 14:45:26+05:30	t
JP251118119	Anjali Bajaj	9994886995	Allahabad	Domestic	UNDER_SCRUTINY	4.00	56/17, Mohalla Qazi Tola, Jhunsi, Allahabad 211011	2025-11-24 14:58:47+05:30	t
JP251170897	Tabassum Warsi	9957001134	Ghaziabad	Commercial	SANCTIONED	9.50	Flat A-789, Ansal Apartments, Loni, Ghaziabad	2025-11-24 15:10:48+05:30	t
JP251197432	Garima Valmiki	6711290067	Gorakhpur	Domestic	SANCTIONED	5.00	H.No. 79, Rapti Nagar, Gorakhpur - 273015	2025-11-24 15:28:48+05:30	t
JP251120603	Salman Hashmi	9611373096	Faizabad	Commercial	UNDER_SCRUTINY	8.50	Flat C-258, Gaur Apartments, Sahadatganj, Faizabad	2025-11-24 15:41:30+05:30	t
JP251165094	Brijesh Tandon	9508944197	Agra	Domestic	UNDER_SCRUTINY	2.50	H.No. 273, Dayalbagh, Agra - 282005	2025-11-24 16:07:16+05:30	t
JP251163589	Nikhil Kumar Pal	9063316846	Varanasi	Agricultural	SANCTIONED	7.00	Village Dhaurahra, Post Nawada, Tehsil Varanasi Sadar, District Varanasi - 221001	2025-11-24 16:22:00+05:30	t
JP251112424	Salma Zaidi	9752325448	Lucknow	Domestic	UNDER_SCRUTINY	3.00	Flat A-379, Omaxe Apartments, Chinhat, Lucknow	2025-11-24 16:40:33+05:30	t
JP251178288	Bhanu Kumar Sengar	+919790171325	Prayagraj	Commercial	SANCTIONED	6.50	Flat C-913, Ansal Apartments, Mumfordganj, Prayagraj	2025-11-24 16:55:48+05:30	t
JP251190518	Ayush Tripathi	9030575632	Agra	Domestic	NEW	1.00	Flat A-827, Gaur Apartments, Kamla Nagar, Agra	2025-11-24 17:06:26+05:30	f
JP251119149	Sumit Bhatt	9489911108	Kanpur Nagar	Commercial	SANCTIONED	9.50	H.No. 129\\6, Kalyanpur, Kanpur Nagar - 208023	2025-11-24 17:20:06+05:30	t
JP251132250	Pramod Kumar Sonkar	9416241540	Faizabad	Domestic	UNDER_SCRUTINY	4.50	H.No. 290, Sahadatganj, Faizabad - 224006	2025-11-25 09:30:09+05:30	t
JP251120371	Jaya Joshi	9453578457	Gorakhpur	Domestic	SANCTIONED	2.00	75/16, Purana Qila Road, Rapti Nagar, Gorakhpur 273025	2025-11-25 09:51:34+05:30	t
JP251184615	Ishwar Kumar Baghel	9343454970	Kanpur Nagar	Agricultural	SANCTIONED	10.00	Village Chandpur, Post Rampur, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208022	2025-11-25 10:09:14+05:30	t
JP251168651	Sunil Dubey	9972860295	Varanasi	Commercial	UNDER_SCRUTINY	4.00	H.No. 247, Shivpur, Varanasi - 221022	2025-11-25 10:19:25+05:30	t
JP251122855	Manish Verma	9019262574	Allahabad	Domestic	NEW	3.00	Flat F-589, Ansal Apartments, George Town, Allahabad	2025-11-25 10:46:37+05:30	f
JP251172131	Bhupendra Kashyap	9083053305	Lucknow	Commercial	SANCTIONED	5.00	Flat B-416, Gaur Apartments, Chinhat, Lucknow	2025-11-25 10:59:53+05:30	t
JP251113047	Yamini Sengar	9838546127	Faizabad	Domestic	NEW	3.00	H.No. 172, Civil Lines, Faizabad - 224007	2025-11-25 11:11:55+05:30	t
JP251104774	Lakshmi Gangwar	+918481168735	Agra	Domestic	SANCTIONED	2.50	H.No. 374, Lohamandi, Agra - 282023	2025-11-25 11:34:14+05:30	t
JP251137442	Anamika Mathur	7915717304	Ghaziabad	Domestic	REJECTED	3.00	Flat D-321, Omaxe Apartments, Kavi Nagar, Ghaziabad	2025-11-25 11:40:22+05:30	t
JP251163455	Anil Mathur	9861278526	Allahabad	Domestic	UNDER_SCRUTINY	4.50	H.No. 17, Mumfordganj, Allahabad - 211015	2025-11-25 12:04:28+05:30	t
JP251158435	Ankita Kumar	8434712832	Gorakhpur	Commercial	UNDER_SCRUTINY	7.00	H.No. 99, Near St. Mary's School, Golghar, Gorakhpur - 273014	2025-11-25 12:21:12+05:30	t
JP251143579	Pawan Tyagi	6180359671	Lucknow	Domestic	UNDER_SCRUTINY	2.50	H.No. 197, Near Old Water Tank, Aminabad, Lucknow - 226020	2025-11-25 12:34:45+05:30	t
JP251148789	Azhar Malik	9012751843	Kanpur Nagar	Domestic	SANCTIONED	2.00	Flat B-781, Eldeco Apartments, Swaroop Nagar, Kanpur Nagar	2025-11-25 12:58:11+05:30	t
JP251117216	Akhilesh Ojha	9191624033	Ayodhya	Domestic	REJECTED	1.00	191/21, Gali No. 5, Rikabganj, Ayodhya 224027	2025-11-25 13:04:19+05:30	t
JP251178142	Abdul Qureshi	6934412665	Ghaziabad	Domestic	NEW	4.50	H.No. 127, Loni, Ghaziabad - 201005	2025-11-25 13:25:24+05:30	f
JP251141918	Manju Dwivedi	9314007037	Varanasi	Commercial	UNDER_SCRUTINY	7.50	Flat D-906, Shipra Apartments, Lanka, Varanasi	2025-11-25 13:32:16+05:30	t
JP251102327	Deepika Chaturvedi	9371591172	Kanpur Nagar	Domestic	NEW	4.50	22/21, Purana Qila Road, Kalyanpur, Kanpur Nagar 208029	2025-11-25 13:47:40+05:30	t
JP251179638	Ramesh Lodhi	9842480099	Ghaziabad	Domestic	SANCTIONED	2.50	Flat B-770, Shipra Apartments, Crossings Republik, Ghaziabad	2025-11-25 14:05:16+05:30	t
JP251138287	Rizwan Idrisi	7944228355	Gorakhpur	Domestic	NEW	2.00	H.No. 304, Near St. Mary's School, Betiahata, Gorakhpur - 273014	2025-11-25 14:26:31+05:30	t
JP251142335	Naushad Mirza	8895499040	Kanpur Nagar	Domestic	NEW	3.50	H.No. 42, Shyam Nagar, Kanpur Nagar - 208013	2025-11-25 14:39:33+05:30	t
JP251158409	Rashid Alvi	7726020463	Kanpur Nagar	Domestic	SANCTIONED	3.00	298/4, Gali No. 2, Kidwai Nagar, Kanpur Nagar 208023	2025-11-25 14:54:55+05:30	t
JP251184576	Uma Nishad	9646334988	Lucknow	Domestic	SANCTIONED	2.00	377/8, Sector 4, Gomti Nagar, Lucknow 226019	2025-11-25 15:17:01+05:30	t
JP251159414	Anurag Kumar Mishra	9634783664	Agra	Agricultural	UNDER_SCRUTINY	10.00	Village Nawada, Post Madhopur, Tehsil Agra Sadar, District Agra - 282012	2025-11-25 15:25:16+05:30	t
JP251133347	Anand Batham	9607644233	Lucknow	Domestic	REJECTED	2.50	H.No. 30, Aminabad, Lucknow - 226010	2025-11-25 15:49:00+05:30	t
JP251196772	Hemant Awasthi	7361565060	Ghaziabad	Domestic	UNDER_SCRUTINY	1.00	H.No. 322, Loni, Ghaziabad - 201013	2025-11-25 16:06:00+05:30	t
JP251183858	Siddharth Srivastava	9043870832	Kanpur Nagar	Agricultural	NEW	9.00	Village Sikandarpur, Post Sikandarpur, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208019	2025-11-25 16:18:46+05:30	t
JP251101637	Irfan Jaiswal	9576013204	Ghaziabad	Domestic	SANCTIONED	4.50	Flat E-922, Shalimar Apartments, Loni, Ghaziabad	2025-11-25 16:36:57+05:30	t
JP251167056	Jaya Devi Sharma	8897113880	Allahabad	Agricultural	SANCTIONED	9.00	Village Khairabad, Post Bhitauli, Tehsil Allahabad Sadar, District Allahabad - 211026	2025-11-25 16:59:03+05:30	t
JP251132590	Garima Bhardwaj	+918200151892	Ghaziabad	Domestic	SANCTIONED	3.50	31/17, Gali No. 2, Raj Nagar Extension, Ghaziabad 201027	2025-11-25 17:03:23+05:30	t
JP251136522	Prem Kumar Chaudhary	9305939534	Ghaziabad	Domestic	UNDER_SCRUTINY	2.00	H.No. 244, Vaishali, Ghaziabad - 201021	2025-11-25 17:25:23+05:30	t
JP251101091	Alka Kapoor	6374745516	Kanpur Nagar	Agricultural	SANCTIONED	8.00	Village Mirzapur Kalan, Post Mirzapur Kalan, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208013	2025-11-26 09:39:22+05:30	t
JP251158607	Indu Mishra	7097279051	Lucknow	Commercial	REJECTED	7.00	88/5, Nai Basti, Aminabad, Lucknow 226003	2025-11-26 09:49:27+05:30	t
JP251130075	Deepa Devi Sinha	9624113900	Varanasi	Commercial	UNDER_SCRUTINY	5.50	165/29, Purana Qila Road, Sarnath, Varanasi 221019	2025-11-26 10:17:52+05:30	t
JP251147542	Roshni Devi Gangwar	09585538030	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.00	H.No. 213, Kakadeo, Kanpur Nagar - 208016	2025-11-26 10:25:56+05:30	t
JP251148462	Nisha Sonkar	6578876393	Varanasi	Domestic	REJECTED	3.50	Flat C-306, Shipra Apartments, Sigra, Varanasi	2025-11-26 10:51:56+05:30	t
JP251113728	Pallavi Jatav	6887778684	Lucknow	Domestic	SANCTIONED	2.00	243/25, Station Road, Alambagh, Lucknow 226022	2025-11-26 11:01:23+05:30	t
JP251130295	Akanksha Shukla	7415471523	Ghaziabad	Domestic	NEW	1.50	मकान नं. 67, Vaishali, ग़ाज़ियाबाद - 201026	2025-11-26 11:17:40+05:30	t
JP251131763	Dinesh Prasad Sharma	6869721292	Varanasi	Domestic	SANCTIONED	3.50	H.No. 206, Chowk, Varanasi - 221025	2025-11-26 11:35:19+05:30	t
JP251142413	Rehana Alvi	8786629949	Kanpur Nagar	Commercial	SANCTIONED	9.00	H.No. 336, Kalyanpur, Kanpur Nagar - 208007	2025-11-26 11:52:31+05:30	t
JP251129526	Abhay Rajbhar	9450082015	Ghaziabad	Domestic	REJECTED	4.50	169/35, Purana Qila Road, Kavi Nagar, Ghaziabad 201017	2025-11-26 11:57:50+05:30	t
JP251132346	Shahnaz Beg	9728584722	Lucknow	Domestic	REJECTED	4.50	H.No. 39, Rajajipuram, Lucknow - 226003	2025-11-26 12:21:12+05:30	t
JP251166239	Babita Yadav	9960567351	Kanpur Nagar	Commercial	SANCTIONED	2.00	H.No. 298, Kakadeo, Kanpur Nagar - 208022	2025-11-26 12:41:35+05:30	t
JP251168530	Chanchal Chaudhary	6274857676	Lucknow	Domestic	NEW	4.00	4/18, Sector 11, Gomti Nagar, Lucknow 226021	2025-11-26 12:52:18+05:30	t
JP251105825	Nazia Ansari	9250041654	Faizabad	Domestic	UNDER_SCRUTINY	4.50	338/40, Nai Basti, Naka Muzaffara, Faizabad 224011	2025-11-26 13:03:01+05:30	t
JP251149208	Anuradha Nagar	9119306426	Allahabad	Domestic	SANCTIONED	3.00	Flat C-525, Ansal Apartments, George Town, Allahabad	2025-11-26 13:19:14+05:30	t
JP251170817	Prachi Sahu	+917210237347	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.50	H.No. 52, Shyam Nagar, Kanpur Nagar - 208027	2025-11-26 13:44:18+05:30	t
JP251111755	Arvind Kushwaha	6905072394	Agra	Commercial	UNDER_SCRUTINY	5.50	342/22, Purana Qila Road, Near St. Mary's School, Khandari, Agra 282007	2025-11-26 13:57:24+05:30	t
JP251192036	Aditya Jatav	9370574650	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	Flat D-203, Shalimar Apartments, Barra, Kanpur Nagar	2025-11-26 14:10:38+05:30	t
JP251160523	Preeti Singh	7015661351	Varanasi	Commercial	SANCTIONED	5.00	Flat F-837, Eldeco Apartments, Sarnath, Varanasi	2025-11-26 14:33:16+05:30	t
JP251127701	Shivani Devi Rawat	8580560044	Ghaziabad	Domestic	SANCTIONED	1.00	333/18, Station Road, Crossings Republik, Ghaziabad 201019	2025-11-26 14:47:30+05:30	t
JP251112734	Khushboo Saxena	9436457187	Gorakhpur	Commercial	SANCTIONED	2.50	Flat A-419, Shalimar Apartments, Shahpur, Gorakhpur	2025-11-26 15:08:27+05:30	t
JP251162844	Pushpa Shukla	7273723745	Ghaziabad	Commercial	SANCTIONED	4.00	89/18, Nai Basti, Vaishali, Ghaziabad 201007	2025-11-26 15:25:26+05:30	t
JP251181084	Shalini Devi Srivastava	9047585255	Kanpur Nagar	Domestic	SANCTIONED	2.00	368/23, Sector 11, Panki, Kanpur Nagar 208001	2025-11-26 15:33:11+05:30	t
JP251125796	Yash Rai	9188826588	Faizabad	Domestic	SANCTIONED	3.50	Flat A-702, Eldeco Apartments, Rikabganj, Faizabad	2025-11-26 15:54:49+05:30	t
JP251177361	Shakeel Qureshi	9416527087	Faizabad	Domestic	REJECTED	4.00	Flat D-104, Gaur Apartments, Darshan Nagar, Faizabad	2025-11-26 16:05:30+05:30	t
JP251113275	Mahesh Kumar Arora	9740271839	Gorakhpur	Domestic	SANCTIONED	4.00	H.No. 291, Near Hanuman Mandir, Mohaddipur, Gorakhpur - 273024	2025-11-26 16:22:01+05:30	t
JP251177611	Priya Bhatnagar	9699452740	Lucknow	Domestic	SANCTIONED	4.50	Flat C-373, Ansal Apartments, Chinhat, Lucknow	2025-11-26 16:43:58+05:30	t
JP251135279	Rakesh Chaurasia	9029011771	Gorakhpur	Domestic	UNDER_SCRUTINY	1.00	209/31, Civil Lines Road, Rapti Nagar, Gorakhpur 273030	2025-11-26 16:53:40+05:30	t
JP251118212	Ritu Agarwal	9938762185	Lucknow	Domestic	SANCTIONED	2.50	Flat A-994, Eldeco Apartments, Aliganj, Lucknow	2025-11-26 17:17:31+05:30	t
JP251124848	Babita Joshi	9964664765	Lucknow	Domestic	REJECTED	3.00	H.No. 259, Aliganj, Lucknow - 226007	2025-11-26 17:20:34+05:30	t
JP251164714	Neetu Vaish	9946953239	Kanpur Nagar	Domestic	SANCTIONED	1.00	100/23, Block C, Kalyanpur, Kanpur Nagar 208004	2025-11-27 09:42:03+05:30	t
JP251168615	Anil Prasad Saxena	6654809830	Lucknow	Domestic	UNDER_SCRUTINY	4.00	Flat D-212, Shipra Apartments, Alambagh, Lucknow	2025-11-27 10:01:40+05:30	t
JP251110445	Karan Pal	6412817569	Allahabad	Commercial	SANCTIONED	5.50	232/33, Gali No. 5, Civil Lines, Allahabad 211010	2025-11-27 10:09:51+05:30	t
JP251134625	Sumit Kumar Katiyar	9594068984	Ghaziabad	Agricultural	UNDER_SCRUTINY	8.00	Village Mirzapur Kalan, Post Mirzapur Kalan, Tehsil Ghaziabad Sadar, District Ghaziabad - 201024	2025-11-27 10:34:19+05:30	t
JP251113810	Yash Tomar	9438423064	Ghaziabad	Domestic	UNDER_SCRUTINY	4.50	Flat C-631, Omaxe Apartments, Indirapuram, Ghaziabad	2025-11-27 10:53:46+05:30	t
JP251137426	Durgesh Dhobi	09127221459	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.50	193/10, Mohalla Qazi Tola, Shyam Nagar, Kanpur Nagar 208026	2025-11-27 11:09:58+05:30	t
JP251118601	Priyanka Prajapati	8223809213	Varanasi	Agricultural	NEW	10.00	Village Nawada, Post Bhagwanpur, Tehsil Varanasi Sadar, District Varanasi - 221015	2025-11-27 11:22:49+05:30	t
JP251197391	Shiv Dixit	8405446872	Gorakhpur	Domestic	NEW	1.00	H.No. 132, Betiahata, Gorakhpur - 273020	2025-11-27 11:35:36+05:30	f
JP251129409	Anju Devi Nishad	9508864305	Faizabad	Domestic	UNDER_SCRUTINY	4.00	Flat B-874, Shalimar Apartments, Naka Muzaffara, Faizabad	2025-11-27 11:54:42+05:30	t
JP251136551	Sajid Beg	6185426518	Kanpur Nagar	Agricultural	NEW	9.00	Village Mirzapur Kalan, Post Nawada, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208025	2025-11-27 12:10:21+05:30	f
JP251199731	Irshad Warsi	9109985483	Prayagraj	Domestic	REJECTED	3.00	Flat C-706, Omaxe Apartments, Phaphamau, Prayagraj	2025-11-27 12:17:51+05:30	t
JP251194935	Geeta Bhardwaj	9968801964	Ghaziabad	Agricultural	UNDER_SCRUTINY	5.00	Village Rampur, Post Bhitauli, Tehsil Ghaziabad Sadar, District Ghaziabad - 201010	2025-11-27 12:46:02+05:30	t
JP251102538	Vikas Srivastava	6497806434	Lucknow	Domestic	UNDER_SCRUTINY	4.50	H.No. 316, Alambagh, Lucknow - 226018	2025-11-27 12:48:02+05:30	t
JP251165928	Amit Kumar Jaiswal	9409587894	Gorakhpur	Domestic	NEW	3.00	Flat E-817, Shipra Apartments, Taramandal, Gorakhpur	2025-11-27 13:08:17+05:30	t
JP251152271	Anamika Chaudhary	6804100995	Ghaziabad	Domestic	UNDER_SCRUTINY	3.50	138/12, Sector 4, Loni, Ghaziabad 201017	2025-11-27 13:23:10+05:30	t
JP251125423	Kaushal Kumar Gautam	9255652218	Lucknow	Domestic	REJECTED	2.00	H.No. 99, Alambagh, Lucknow - 226026	2025-11-27 13:37:27+05:30	t
JP251195466	Mamta Bhatt	9587349085	Lucknow	Commercial	REJECTED	5.00	232/31, Block C, Rajajipuram, Lucknow 226012	2025-11-27 14:02:35+05:30	t
JP251111512	Sudhir Sinha	9919884331	Allahabad	Domestic	SANCTIONED	5.00	Flat D-363, Omaxe Apartments, Naini, Allahabad	2025-11-27 14:21:15+05:30	t
JP251129359	Shamim Khan	8971521942	Gorakhpur	Domestic	NEW	2.00	H.No. 273, Shahpur, Gorakhpur - 273010	2025-11-27 14:38:49+05:30	t
JP251156079	Ram Kumar Dubey	9926783216	Faizabad	Domestic	SANCTIONED	5.00	Flat F-249, Omaxe Apartments, Bilharghat, Faizabad	2025-11-27 14:45:14+05:30	t
JP251131570	Suman Tomar	7515239277	Lucknow	Domestic	SANCTIONED	5.00	H.No. 385, Near Shiv Mandir, Chinhat, Lucknow - 226012	2025-11-27 15:00:28+05:30	t
JP251161814	Vinay Kapoor	07470258821	Lucknow	Commercial	REJECTED	9.00	H.No. 241, Near Gupta's Sweets, Chinhat, Lucknow - 226025	2025-11-27 15:14:42+05:30	t
JP251162402	Girish Lodhi	9620718589	Lucknow	Domestic	SANCTIONED	3.50	H.No. 181, Alambagh, Lucknow - 226023	2025-11-27 15:37:06+05:30	t
JP251184674	Himanshu Kumar Tyagi	7512153024	Ghaziabad	Domestic	SANCTIONED	3.00	89/14, Gali No. 2, Near Hanuman Mandir, Raj Nagar Extension, Ghaziabad 201013	2025-11-27 15:57:00+05:30	t
JP251110238	Danish Usmani	9977366385	Gorakhpur	Domestic	SANCTIONED	2.00	Flat B-621, Ansal Apartments, Bichhiya, Gorakhpur	2025-11-27 16:11:37+05:30	t
JP251175228	Arif Abbasi	9694451322	Ghaziabad	Agricultural	SANCTIONED	8.00	Village Bhitauli, Post Sikandarpur, Tehsil Ghaziabad Sadar, District Ghaziabad - 201006	2025-11-27 16:28:16+05:30	t
JP251104912	Rahul Kumar Bansal	9751122828	Varanasi	Domestic	SANCTIONED	1.00	H.No. 208, Pandeypur, Varanasi - 221001	2025-11-27 16:44:07+05:30	t
JP251161679	Rubina Rizvi	9352706732	Kanpur Nagar	Domestic	SANCTIONED	1.00	H.No. 133, Panki, Kanpur Nagar - 208027	2025-11-27 16:52:46+05:30	t
JP251153971	Gaurav Kumar Bhatt	9853510186	Lucknow	Domestic	SANCTIONED	2.00	H.No. 155, Chinhat, Lucknow - 226028	2025-11-27 17:08:12+05:30	t
JP251198099	Ram Kori	9257602140	Allahabad	Domestic	UNDER_SCRUTINY	3.50	304/28, Civil Lines Road, Phaphamau, Allahabad 211001	2025-11-28 09:31:12+05:30	t
JP251134643	Preeti Devi Tomar	7776816513	Kanpur Nagar	Domestic	UNDER_SCRUTINY	2.50	H.No. 212, Near Bank of Baroda, Barra, Kanpur Nagar - 208009	2025-11-28 09:46:07+05:30	t
JP251121547	Ravi Agarwal	9090062723	Ghaziabad	Domestic	UNDER_SCRUTINY	4.50	Flat C-572, Ansal Apartments, Kavi Nagar, Ghaziabad	2025-11-28 09:55:21+05:30	t
JP251163503	Pallavi Lodhi	8705073530	Kanpur Nagar	Domestic	NEW	4.50	28/32, Gali No. 2, Panki, Kanpur Nagar 208006	2025-11-28 10:23:32+05:30	t
JP251129892	Parvez Abbasi	7415858469	Allahabad	Commercial	UNDER_SCRUTINY	8.50	Flat A-778, Omaxe Apartments, Mumfordganj, Allahabad	2025-11-28 10:38:07+05:30	t
JP251163464	Anurag Bhatt	9532751586	Varanasi	Domestic	SANCTIONED	4.00	H.No. 222, Shivpur, Varanasi - 221026	2025-11-28 10:48:53+05:30	t
JP251152514	Kalpana Devi Dhuria	9857966849	Faizabad	Agricultural	UNDER_SCRUTINY	6.00	Village Dhaurahra, Post Khairabad, Tehsil Faizabad Sadar, District Faizabad - 224015	2025-11-28 10:57:50+05:30	t
JP251123074	Ashok Bhadauria	8480992272	Kanpur Nagar	Domestic	UNDER_SCRUTINY	4.50	183/34, Civil Lines Road, Govind Nagar, Kanpur Nagar 208029	2025-11-28 11:19:17+05:30	t
JP251138227	Chetan Pasi	9442480301	Faizabad	Domestic	UNDER_SCRUTINY	3.00	H.No. 256, Rikabganj, Faizabad - 224025	2025-11-28 11:38:46+05:30	t
JP251152063	Anurag Rastogi	6862353070	Varanasi	Domestic	REJECTED	4.00	H.No. 27, Chowk, Varanasi - 221009	2025-11-28 11:58:35+05:30	t
JP251147274	Manish Dixit	9861480570	Faizabad	Domestic	SANCTIONED	2.00	मकान नं. 15, Deokali, अयोध्या - 224005	2025-11-28 12:14:36+05:30	t
JP251160728	Yogesh Verma	9815225563	Kanpur Nagar	Domestic	NEW	2.50	Flat C-229, Ansal Apartments, Kalyanpur, Kanpur Nagar	2025-11-28 12:28:47+05:30	t
JP251117081	Shyam Goel	7115742791	Ghaziabad	Domestic	SANCTIONED	1.50	H.No. 327, Loni, Ghaziabad - 201004	2025-11-28 12:42:06+05:30	t
JP251100090	Mukesh Bajpai	9155466450	Lucknow	Domestic	SANCTIONED	2.00	Flat E-613, Eldeco Apartments, Aliganj, Lucknow	2025-11-28 13:05:36+05:30	t
JP251148264	Asha Saxena	9422071840	Allahabad	Domestic	UNDER_SCRUTINY	3.50	मकान नं. 40, Jhunsi, प्रयागराज - 211008	2025-11-28 13:12:00+05:30	t
JP251182363	Shiv Kumar Awasthi	9545729066	Ayodhya	Domestic	SANCTIONED	3.00	H.No. 104, Deokali, Ayodhya - 224005	2025-11-28 13:34:04+05:30	t
JP251192573	Heena Qureshi	9860796742	Ghaziabad	Domestic	UNDER_SCRUTINY	1.00	मकान नं. 333, Crossings Republik, ग़ाज़ियाबाद - 201029	2025-11-28 13:43:39+05:30	t
JP251182794	Seema Asthana	9576715540	Prayagraj	Domestic	SANCTIONED	3.00	Flat B-841, Shipra Apartments, Naini, Prayagraj	2025-11-28 14:08:30+05:30	t
JP251171379	Sanjay Upadhyay	9250684797	Ghaziabad	Domestic	UNDER_SCRUTINY	1.00	H.No. 281, Loni, Ghaziabad - 201017	2025-11-28 14:11:54+05:30	t
JP251152773	Jaya Devi Bhatt	9302591627	Ghaziabad	Domestic	NEW	3.00	H.No. 202, Kavi Nagar, Ghaziabad - 201006	2025-11-28 14:35:53+05:30	f
JP251112390	Yash Thakur	9441362933	Ghaziabad	Domestic	SANCTIONED	4.00	H.No. 44, Kavi Nagar, Ghaziabad - 201010	2025-11-28 14:48:20+05:30	t
JP251185140	Shweta Soni	9619644147	Gorakhpur	Domestic	REJECTED	2.50	H.No. 101, Mohaddipur, Gorakhpur - 273013	2025-11-28 15:02:24+05:30	t
JP251178630	Hema Bajpai	+917671556148	Gorakhpur	Domestic	SANCTIONED	4.00	125/34, Purana Qila Road, Near Police Chowki, Shahpur, Gorakhpur 273007	2025-11-28 15:26:40+05:30	t
JP251197968	Dinesh Chaturvedi	9885930248	Allahabad	Domestic	SANCTIONED	4.50	मकान नं. 206, Naini, प्रयागराज - 211025	2025-11-28 15:37:29+05:30	t
JP251130363	Ashutosh Kumar Mehrotra	9837537893	Ghaziabad	Domestic	SANCTIONED	2.50	262/20, Sector 4, Raj Nagar Extension, Ghaziabad 201013	2025-11-28 15:57:59+05:30	t
JP251113751	Aarti Chaudhary	9708332401	Allahabad	Commercial	SANCTIONED	5.00	256/22, Civil Lines Road, Civil Lines, Allahabad 211009	2025-11-28 16:07:18+05:30	t
JP251183582	Sangeeta Mittal	9513189992	Gorakhpur	Domestic	SANCTIONED	2.00	Flat F-765, Gaur Apartments, Mohaddipur, Gorakhpur	2025-11-28 16:23:12+05:30	t
JP251105177	Aakash Gangwar	6087334785	Varanasi	Domestic	UNDER_SCRUTINY	3.00	Flat B-759, Shalimar Apartments, Shivpur, Varanasi	2025-11-28 16:36:06+05:30	t
JP251159591	Sita Kushwaha	9639601621	Ghaziabad	Commercial	UNDER_SCRUTINY	3.50	Flat E-944, Eldeco Apartments, Indirapuram, Ghaziabad	2025-11-28 17:03:25+05:30	t
JP251166368	Archana Bhatnagar	+919012762241	Agra	Domestic	UNDER_SCRUTINY	4.00	H.No. 287, Kamla Nagar, Agra - 282024	2025-11-28 17:17:05+05:30	t
JP251193943	Neha Chauhan	6175562564	Kanpur Nagar	Domestic	NEW	1.50	H.No. 351, Near St. Mary's School, Swaroop Nagar, Kanpur Nagar - 208017	2025-11-28 17:28:59+05:30	t
JP251108564	Devendra Rawat	9096218739	Allahabad	Domestic	NEW	2.00	H.No. 15, Civil Lines, Allahabad - 211027	2025-11-29 09:43:58+05:30	t
JP251160484	Divya Kanaujia	9140740204	Ghaziabad	Domestic	SANCTIONED	5.00	H.No. 71, Near Primary School, Loni, Ghaziabad - 201026	2025-11-29 10:04:10+05:30	t
JP251140991	Aarav Saini	9898314270	Ayodhya	Domestic	NEW	1.00	Flat A-554, Omaxe Apartments, Naka Muzaffara, Ayodhya	2025-11-29 10:25:05+05:30	t
JP251148996	Mona Garg	9846449886	Kanpur Nagar	Domestic	SANCTIONED	4.50	Flat B-515, Omaxe Apartments, Kalyanpur, Kanpur Nagar	2025-11-29 10:35:25+05:30	t
JP251112075	Indu Mathur	+916121685266	Kanpur Nagar	Domestic	NEW	2.50	मकान नं. 337, Kakadeo, कानपुर - 208022	2025-11-29 10:46:43+05:30	t
JP251195419	Brijesh Kumar Kashyap	9656987766	Allahabad	Domestic	SANCTIONED	1.50	H.No. 332, Jhunsi, Allahabad - 211012	2025-11-29 11:15:30+05:30	t
JP251116158	Anju Upadhyay	8184062884	Gorakhpur	Domestic	UNDER_SCRUTINY	2.50	142/13, Gali No. 5, Near Shiv Mandir, Rapti Nagar, Gorakhpur 273021	2025-11-29 11:21:46+05:30	t
JP251118354	Ruchi Kumar	8345855636	Agra	Agricultural	SANCTIONED	9.00	Village Khairabad, Post Rampur, Tehsil Agra Sadar, District Agra - 282030	2025-11-29 11:37:37+05:30	t
JP251153477	Girish Chaurasia	9900999916	Agra	Commercial	UNDER_SCRUTINY	2.00	224/37, Gali No. 5, Dayalbagh, Agra 282006	2025-11-29 11:53:37+05:30	t
JP251111318	Kaushal Kumar Nishad	08917038551	Allahabad	Domestic	UNDER_SCRUTINY	4.00	197/16, Gali No. 5, Kareli, Allahabad 211012	2025-11-29 12:06:22+05:30	t
JP251137598	Preeti Sengar	9525028559	Ghaziabad	Domestic	UNDER_SCRUTINY	3.50	371/1, Purana Qila Road, Vaishali, Ghaziabad 201028	2025-11-29 12:32:02+05:30	t
JP251188434	Javed Pathan	+916983506430	Allahabad	Domestic	SANCTIONED	2.00	359/26, Gali No. 2, Kareli, Allahabad 211016	2025-11-29 12:40:07+05:30	t
JP251199892	Prakash Chaturvedi	9882513656	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.00	306/18, Block C, Kidwai Nagar, Kanpur Nagar 208009	2025-11-29 12:55:18+05:30	t
JP251154348	Vimla Chaturvedi	6412393453	Kanpur Nagar	Domestic	UNDER_SCRUTINY	4.00	192/2, Gali No. 5, Kalyanpur, Kanpur Nagar 208008	2025-11-29 13:14:10+05:30	t
JP251160809	Swati Tripathi	9099535523	Ghaziabad	Commercial	UNDER_SCRUTINY	3.50	306/12, Purana Qila Road, Indirapuram, Ghaziabad 201019	2025-11-29 13:28:23+05:30	t
JP251102929	Shakeel Usmani	9022155710	Gorakhpur	Domestic	NEW	3.00	Flat E-685, Shipra Apartments, Shahpur, Gorakhpur	2025-11-29 13:44:01+05:30	t
JP251104217	Aparna Kesarwani	7299571104	Ayodhya	Agricultural	SANCTIONED	3.00	Village Chandpur, Post Bhagwanpur, Tehsil Ayodhya Sadar, District Ayodhya - 224025	2025-11-29 14:04:53+05:30	t
JP251187817	Rekha Dhobi	9953765227	Gorakhpur	Domestic	UNDER_SCRUTINY	4.50	मकान नं. 218, Betiahata, गोरखपुर - 273003	2025-11-29 14:15:41+05:30	t
JP251164954	Sneha Pandey	9791067232	Ghaziabad	Domestic	UNDER_SCRUTINY	3.00	H.No. 75, Vijay Nagar, Ghaziabad - 201022	2025-11-29 14:43:00+05:30	t
JP251172723	Ashok Singh	9207031651	Gorakhpur	Domestic	NEW	1.50	मकान नं. 211, Taramandal, गोरखपुर - 273029	2025-11-29 14:58:46+05:30	t
JP251179863	Uma Prajapati	9048922808	Agra	Domestic	SANCTIONED	4.00	H.No. 380, Belanganj, Agra - 282011	2025-11-29 15:12:39+05:30	t
JP251182784	Ajay Rajput	8385548823	Gorakhpur	Agricultural	SANCTIONED	5.00	Village Khairabad, Post Rampur, Tehsil Gorakhpur Sadar, District Gorakhpur - 273014	2025-11-29 15:31:55+05:30	t
JP251169770	Savita Bansal	7270227325	Kanpur Nagar	Commercial	UNDER_SCRUTINY	2.00	Flat B-243, Ansal Apartments, Kakadeo, Kanpur Nagar	2025-11-29 15:36:40+05:30	t
JP251187335	Lokesh Chaurasia	9890478430	Agra	Domestic	SANCTIONED	3.00	Flat C-942, Shalimar Apartments, Shahganj, Agra	2025-11-29 15:56:20+05:30	t
JP251180041	Amar Kumar Srivastava	6944093912	Ghaziabad	Domestic	UNDER_SCRUTINY	3.50	H.No. 159, Near Sharma's Clinic, Crossings Republik, Ghaziabad - 201023	2025-11-29 16:13:30+05:30	t
JP251106023	Komal Goel	9353303257	Lucknow	Domestic	SANCTIONED	2.00	18/37, Station Road, Jankipuram, Lucknow 226014	2025-11-29 16:30:37+05:30	t
JP251153734	Himanshu Rajput	7814798943	Varanasi	Commercial	NEW	6.00	Flat F-600, Shalimar Apartments, Shivpur, Varanasi	2025-11-29 16:46:59+05:30	t
JP251150886	Harish Arora	6567892015	Ghaziabad	Domestic	UNDER_SCRUTINY	2.50	H.No. 106, Vijay Nagar, Ghaziabad - 201014	2025-11-29 16:55:16+05:30	t
JP251196034	Usha Mathur	8734147720	Faizabad	Domestic	SANCTIONED	1.00	Flat A-494, Shipra Apartments, Darshan Nagar, Faizabad	2025-11-29 17:21:39+05:30	t
JP251240872	Ishwar Bhatt	7573969222	Gorakhpur	Commercial	SANCTIONED	2.00	Flat D-380, Shalimar Apartments, Betiahata, Gorakhpur	2025-12-01 09:39:22+05:30	t
JP251206770	Manish Prajapati	9137930261	Lucknow	Commercial	NEW	7.50	322/6, Gali No. 2, Alambagh, Lucknow 226011	2025-12-01 09:55:00+05:30	f
JP251205093	Tushar Kumar Pal	6887461003	Ghaziabad	Domestic	SANCTIONED	1.50	Flat F-561, Omaxe Apartments, Kavi Nagar, Ghaziabad	2025-12-01 09:58:51+05:30	t
JP251283070	Varun Sharma	9776439280	Kanpur Nagar	Domestic	REJECTED	2.00	307/28, Nai Basti, Govind Nagar, Kanpur Nagar 208014	2025-12-01 10:29:18+05:30	t
JP251246267	Priyanka Mathur	6046082010	Varanasi	Commercial	REJECTED	8.50	Flat E-703, Omaxe Apartments, Lanka, Varanasi	2025-12-01 10:42:43+05:30	t
JP251280952	Pradeep Vishwakarma	7178499587	Allahabad	Domestic	UNDER_SCRUTINY	4.00	Flat A-951, Eldeco Apartments, Mumfordganj, Allahabad	2025-12-01 10:48:48+05:30	t
JP251268192	Rizwan Idrisi	8089020288	Lucknow	Domestic	NEW	5.00	302/29, Sector 4, Near Bank of Baroda,\nAminabad, Lucknow 226015	2025-12-01 11:14:12+05:30	f
JP251266721	Harish Sethi	9178951307	Lucknow	Domestic	REJECTED	1.50	Flat B-160, Omaxe Apartments, Aliganj, Lucknow	2025-12-01 11:33:26+05:30	t
JP251211920	Renu Dubey	9422173742	Prayagraj	Domestic	SANCTIONED	2.00	173/1, Civil Lines Road, Kareli, Prayagraj 211026	2025-12-01 11:42:13+05:30	t
JP251211635	Santosh Kumar Tyagi	9264575107	Ghaziabad	Domestic	REJECTED	2.00	Flat F-479, Gaur Apartments, Indirapuram, Ghaziabad	2025-12-01 11:56:31+05:30	t
JP251285882	Durgesh Asthana	9378492594	Allahabad	Domestic	UNDER_SCRUTINY	4.50	H.No. 64, Teliarganj, Allahabad - 211005	2025-12-01 12:22:03+05:30	t
JP251206484	Vinod Baghel	9445771199	Kanpur Nagar	Domestic	NEW	2.00	Flat F-128, Eldeco Apartments, Swaroop Nagar, Kanpur Nagar	2025-12-01 12:32:41+05:30	t
JP251243458	Poonam Tyagi	+919925340527	Varanasi	Agricultural	NEW	5.00	Village Nawada, Post Madhopur, Tehsil Varanasi Sadar, District Varanasi - 221018	2025-12-01 12:43:23+05:30	t
JP251290801	Deepak Katiyar	+919164502940	Agra	Domestic	UNDER_SCRUTINY	5.00	Flat F-870, Shipra Apartments, Tajganj, Agra	2025-12-01 13:07:00+05:30	t
JP251264973	Sunil Kashyap	6385912787	Kanpur Nagar	Domestic	NEW	1.00	398/32, Gali No. 5, Kakadeo, Kanpur Nagar 208027	2025-12-01 13:24:16+05:30	t
JP251292717	Anurag Ojha	9141404709	Ghaziabad	Domestic	SANCTIONED	1.50	Flat C-207, Shalimar Apartments, Vaishali, Ghaziabad	2025-12-01 13:33:12+05:30	t
JP251271195	Pooja Pal	9253029176	Kanpur Nagar	Commercial	UNDER_SCRUTINY	2.50	Flat E-109, Shipra Apartments, Barra, Kanpur Nagar	2025-12-01 13:51:23+05:30	t
JP251239724	Shahnaz Shaikh	9355136426	Lucknow	Domestic	SANCTIONED	3.00	263/40, Mohalla Qazi Tola, Indira Nagar, Lucknow 226029	2025-12-01 14:13:17+05:30	t
JP251223887	Babita Tomar	09128781535	Agra	Domestic	UNDER_SCRUTINY	2.00	H.No. 25, Near Power House, Khandari, Agra - 282024	2025-12-01 14:18:29+05:30	t
JP251283340	Kailash Kumar Dwivedi	9140603317	Agra	Domestic	UNDER_SCRUTINY	3.50	329/12, Civil Lines Road, Near Police Chowki, Tajganj, Agra 282018	2025-12-01 14:34:36+05:30	t
JP251279868	Deepak Kumar Vaish	9546433225	Kanpur Nagar	Domestic	SANCTIONED	4.50	148/24, Civil Lines Road, Swaroop Nagar, Kanpur Nagar 208010	2025-12-01 14:57:23+05:30	t
JP251200114	Sadhna Devi Trivedi	7785616042	Kanpur Nagar	Commercial	UNDER_SCRUTINY	6.50	H.No. 54, Kidwai Nagar, Kanpur Nagar - 208014	2025-12-01 15:10:58+05:30	t
JP251213953	Anamika Rai	9466561033	Prayagraj	Domestic	SANCTIONED	2.50	मकान नं. 132, Naini, प्रयागराज - 211004	2025-12-01 15:20:19+05:30	t
JP251251943	Mamta Thakur	9839121699	Ghaziabad	Commercial	UNDER_SCRUTINY	6.00	H.No. 300, Crossings Republik, Ghaziabad - 201014	2025-12-01 15:40:24+05:30	t
JP251264129	Brijesh Prasad Bhatnagar	9969559478	Kanpur Nagar	Agricultural	SANCTIONED	10.00	Village Madhopur, Post Sikandarpur, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208017	2025-12-01 15:55:22+05:30	t
JP251234576	Shailendra Arora	9622961231	Varanasi	Domestic	NEW	3.00	318/16, Block C, Shivpur, Varanasi 221022	2025-12-01 16:10:13+05:30	t
JP251269014	Rekha Mittal	6832584045	Gorakhpur	Commercial	UNDER_SCRUTINY	7.50	255/24, Block C, Bichhiya, Gorakhpur 273018	2025-12-01 16:39:07+05:30	t
JP251219956	Abhishek Kumar Mathur	9833723078	Agra	Domestic	SANCTIONED	2.50	Flat A-154, Ansal Apartments, Sikandra, Agra	2025-12-01 16:40:06+05:30	t
JP251200781	Shailendra Kumar Kannaujiya	+918785389747	Gorakhpur	Domestic	UNDER_SCRUTINY	1.50	H.No. 93, Near Shiv Mandir, Shahpur, Gorakhpur - 273001	2025-12-01 17:04:30+05:30	t
JP251279476	Rachna Kannaujiya	9654610707	Ghaziabad	Domestic	SANCTIONED	1.50	44/4, Mohalla Qazi Tola, Kavi Nagar, Ghaziabad 201003	2025-12-01 17:19:30+05:30	t
JP251299369	Shalini Upadhyay	8237092614	Allahabad	Commercial	UNDER_SCRUTINY	5.00	H.No. 182, Mumfordganj, Allahabad - 211019	2025-12-02 09:36:37+05:30	t
JP251230859	Nikhil Mittal	7192157740	Agra	Domestic	SANCTIONED	4.50	90/1, Sector 4, Sikandra, Agra 282021	2025-12-02 09:58:41+05:30	t
JP251217834	Roshni Dixit	6350596578	Lucknow	Domestic	REJECTED	2.00	136/2, Gali No. 2, Indira Nagar, Lucknow 226006	2025-12-02 10:14:33+05:30	t
JP251253746	Nazia Malik	8654451573	Lucknow	Domestic	UNDER_SCRUTINY	1.00	H.No. 190, Rajajipuram, Lucknow - 226016	2025-12-02 10:22:19+05:30	t
JP251274098	Sadhna Jatav	7679471703	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.00	104/40, Block C, Kalyanpur, Kanpur Nagar 208008	2025-12-02 10:38:58+05:30	t
JP251266431	Kaushal Kumar Bhatt	9521907088	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.00	Flat E-336, Shipra Apartments, Shyam Nagar, Kanpur Nagar	2025-12-02 10:52:54+05:30	t
JP251248875	Rashmi Kanaujia	8492668842	Varanasi	Commercial	NEW	6.50	259/32, Station Road, Chowk, Varanasi 221009	2025-12-02 11:15:13+05:30	t
JP251204950	Sajid Siddiqui	9893350234	Kanpur Nagar	Domestic	REJECTED	4.50	132/14, Block C, Govind Nagar, Kanpur Nagar 208025	2025-12-02 11:23:10+05:30	t
JP251277429	Heena Abbasi	6904807357	Lucknow	Domestic	NEW	3.50	Flat A-465, Gaur Apartments, Rajajipuram, Lucknow	2025-12-02 11:46:07+05:30	f
JP251275026	Priya Asthana	6891103616	Allahabad	Domestic	REJECTED	3.50	47/15, Gali No. 5, Mumfordganj, Allahabad 211021	2025-12-02 11:57:13+05:30	t
JP251201554	Subhash Kumar Bajaj	9228167174	Lucknow	Domestic	REJECTED	1.50	Flat C-205, Omaxe Apartments, Indira Nagar, Lucknow	2025-12-02 12:20:41+05:30	t
JP251214794	Jai Dhobi	9186010887	Allahabad	Domestic	SANCTIONED	1.50	H.No. 80, Phaphamau, Allahabad - 211029	2025-12-02 12:34:21+05:30	t
JP251218537	Shikha Rai	9702283757	Gorakhpur	Domestic	SANCTIONED	1.00	Flat A-539, Shipra Apartments, Betiahata, Gorakhpur	2025-12-02 12:50:29+05:30	t
JP251299132	Ayesha Ansari	9570852525	Agra	Domestic	UNDER_SCRUTINY	2.00	H.No. 365, Dayalbagh, Agra - 282011	2025-12-02 13:08:49+05:30	t
JP251217563	Azhar Naqvi	08443922164	Prayagraj	Domestic	SANCTIONED	4.00	91/12, Block C, Civil Lines, Prayagraj 211019	2025-12-02 13:18:15+05:30	t
JP251264832	Azhar Rizvi	8038218350	Ghaziabad	Domestic	NEW	4.00	154/20, Nai Basti, Indirapuram, Ghaziabad 201015	2025-12-02 13:29:21+05:30	t
JP251232770	Ashutosh Rawat	9401778438	Lucknow	Commercial	SANCTIONED	9.00	113/17, Sector 11, Aliganj, Lucknow 226029	2025-12-02 13:46:54+05:30	t
JP251225745	Mona Chaurasia	+916429155460	Varanasi	Domestic	SANCTIONED	3.00	H.No. 334, Pandeypur, Varanasi - 221022	2025-12-02 14:05:25+05:30	t
JP251223342	Ritu Bajpai	9296021081	Agra	Domestic	UNDER_SCRUTINY	4.50	Flat D-509, Omaxe Apartments, Khandari, Agra	2025-12-02 14:20:17+05:30	t
JP251257574	Rohit Rawat	9343035315	Ghaziabad	Domestic	UNDER_SCRUTINY	1.50	H.No. 16, Raj Nagar Extension, Ghaziabad - 201017	2025-12-02 14:34:45+05:30	t
JP251201228	Deepa Rai	8599422682	Allahabad	Commercial	UNDER_SCRUTINY	3.50	144/20, Purana Qila Road, Near Jama Masjid, Kareli, Allahabad 211028	2025-12-02 14:55:01+05:30	t
JP251258054	Preeti Gond	7001104569	Kanpur Nagar	Domestic	NEW	2.50	188/28, Purana Qila Road, Panki, Kanpur Nagar 208018	2025-12-02 15:08:35+05:30	f
JP251239356	Rajan Rastogi	9652762196	Varanasi	Domestic	SANCTIONED	3.50	Flat C-708, Shipra Apartments, Shivpur, Varanasi	2025-12-02 15:23:32+05:30	t
JP251205779	Tushar Kumar	7630419492	Gorakhpur	Domestic	SANCTIONED	1.00	H.No. 363, Taramandal, Gorakhpur - 273020	2025-12-02 15:46:08+05:30	t
JP251248282	Nidhi Asthana	08712177469	Kanpur Nagar	Domestic	UNDER_SCRUTINY	2.50	H.No. 323, Shyam Nagar, Kanpur Nagar - 208018	2025-12-02 16:00:29+05:30	t
JP251278172	Siddharth Tomar	9186089297	Lucknow	Domestic	SANCTIONED	2.00	Flat F-451, Gaur Apartments, Alambagh, Lucknow	2025-12-02 16:11:26+05:30	t
JP251260707	Upendra Dwivedi	9671951944	Agra	Commercial	SANCTIONED	7.00	104/10, Gali No. 2, Khandari, Agra 282011	2025-12-02 16:39:24+05:30	t
JP251243226	Lalit Gangwar	6630313858	Ayodhya	Domestic	UNDER_SCRUTINY	5.00	H.No. 130, Bilharghat, Ayodhya - 224023	2025-12-02 16:58:03+05:30	t
JP251291042	Gyanendra Shukla	9489471797	Lucknow	Domestic	SANCTIONED	2.00	Flat C-447, Eldeco Apartments, Aminabad, Lucknow	2025-12-02 17:08:35+05:30	t
JP251243431	Gopal Baghel	7557160677	Faizabad	Domestic	UNDER_SCRUTINY	4.50	मकान नं. 199, Deokali, अयोध्या - 224023	2025-12-02 17:16:04+05:30	t
JP251277468	Umesh Kumar Bhardwaj	9220992868	Agra	Commercial	UNDER_SCRUTINY	2.50	Flat D-254, Shalimar Apartments, Lohamandi, Agra	2025-12-03 09:35:29+05:30	t
JP251231030	Karan Sengar	6747385350	Ayodhya	Agricultural	UNDER_SCRUTINY	6.00	Village Madhopur, Post Semra, Tehsil Ayodhya Sadar, District Ayodhya - 224030	2025-12-03 09:47:29+05:30	t
JP251210726	Priyanka Tomar	9317194640	Lucknow	Domestic	SANCTIONED	3.50	Flat F-181, Omaxe Apartments, Alambagh, Lucknow	2025-12-03 10:12:30+05:30	t
JP251284308	Satish Sinha	7881581406	Varanasi	Domestic	SANCTIONED	1.00	H.No. 97, Near Bank of Baroda, Pandeypur, Varanasi - 221003	2025-12-03 10:33:01+05:30	t
JP251256484	Dharmendra Kumar Patel	9646942508	Agra	Commercial	UNDER_SCRUTINY	7.50	H.No. 222, Near Police Chowki, Sikandra, Agra - 282015	2025-12-03 10:35:20+05:30	t
JP251207782	Nadeem Pathan	9466428302	Gorakhpur	Domestic	NEW	2.00	Flat B-676, Gaur Apartments, Betiahata, Gorakhpur	2025-12-03 10:58:07+05:30	t
JP251217082	Sangeeta Pal	9126292594	Lucknow	Commercial	UNDER_SCRUTINY	4.00	H.No. 240, Rajajipuram, Lucknow - 226008	2025-12-03 11:10:23+05:30	t
JP251287998	Rahul Bhatnagar	9060930434	Faizabad	Domestic	UNDER_SCRUTINY	1.50	384/13, Mohalla Qazi Tola, Rikabganj, Faizabad 224011	2025-12-03 11:23:13+05:30	t
JP251239965	Hema Devi Kesarwani	9266730663	Prayagraj	Domestic	SANCTIONED	2.00	Flat A-517, Eldeco Apartments, Civil Lines, Prayagraj	2025-12-03 11:48:35+05:30	t
JP251250576	Alok Kumar Sengar	9154692825	Varanasi	Commercial	SANCTIONED	7.50	H.No. 34, Bhelupur, Varanasi - 221025	2025-12-03 11:55:53+05:30	t
JP251230314	Bhavna Tomar	6430355280	Agra	Domestic	NEW	3.50	325/7, Purana Qila Road, Kamla Nagar, Agra 282020	2025-12-03 12:21:03+05:30	f
JP251252321	Praveen Sethi	9303365732	Allahabad	Domestic	UNDER_SCRUTINY	5.00	Flat E-590, Shipra Apartments, Phaphamau, Allahabad	2025-12-03 12:42:21+05:30	t
JP251213820	Danish Mirza	7862387160	Faizabad	Agricultural	SANCTIONED	4.00	Village Sikandarpur, Post Semra, Tehsil Faizabad Sadar, District Faizabad - 224011	2025-12-03 12:48:41+05:30	t
JP251271353	Shivam Garg	6029562362	Allahabad	Agricultural	SANCTIONED	9.00	Village Chandpur, Post Sikandarpur, Tehsil Allahabad Sadar, District Allahabad - 211013	2025-12-03 13:04:25+05:30	t
JP251241305	Priya Gupta	9629296225	Gorakhpur	Domestic	SANCTIONED	5.00	H.No. 126\\5, Near Bank of Baroda,\nTaramandal, Gorakhpur - 273012	2025-12-03 13:22:22+05:30	t
JP251243077	Neetu Bhatt	9476976183	Allahabad	Domestic	UNDER_SCRUTINY	2.50	Flat D-550, Gaur Apartments, Phaphamau, Allahabad	2025-12-03 13:34:23+05:30	t
JP251232880	Yasmin Warsi	7930359057	Ghaziabad	Domestic	UNDER_SCRUTINY	1.00	Flat E-952, Ansal Apartments, Loni, Ghaziabad	2025-12-03 13:54:19+05:30	t
JP251209490	Anil Nagar	7193128640	Ghaziabad	Agricultural	UNDER_SCRUTINY	9.00	Village Mirzapur Kalan, Post Madhopur, Tehsil Ghaziabad Sadar, District Ghaziabad - 201028	2025-12-03 14:06:13+05:30	t
JP251293785	Renu Dhobi	6832182706	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	H.No. 149, Kakadeo, Kanpur Nagar - 208028	2025-12-03 14:33:57+05:30	t
JP251251771	Shabnam Khan	9770779814	Ghaziabad	Commercial	UNDER_SCRUTINY	7.50	Flat C-671, Gaur Apartments, Raj Nagar Extension, Ghaziabad	2025-12-03 14:39:07+05:30	t
JP251283987	Mohammad Idrisi	9033146960	Lucknow	Domestic	SANCTIONED	2.50	181/33, Mohalla Qazi Tola, Gomti Nagar, Lucknow 226022	2025-12-03 14:56:03+05:30	t
JP251269456	Mohit Saxena	6996367237	Ghaziabad	Commercial	UNDER_SCRUTINY	7.00	Flat E-388, Gaur Apartments, Loni, Ghaziabad	2025-12-03 15:17:10+05:30	t
JP251258845	Ravi Tripathi	9457807814	Agra	Agricultural	SANCTIONED	8.00	Village Gosainganj, Post Semra, Near Gupta's Sweets, Tehsil Agra Sadar, District Agra - 282015	2025-12-03 15:27:28+05:30	t
JP251257898	Amrita Bhardwaj	8501003531	Ghaziabad	Domestic	SANCTIONED	4.00	Flat C-426, Shalimar Apartments, Vijay Nagar, Ghaziabad	2025-12-03 15:41:26+05:30	t
JP251290254	Vinod Bhatt	6714229392	Prayagraj	Domestic	SANCTIONED	1.50	Flat E-824, Shalimar Apartments, Naini, Prayagraj	2025-12-03 15:58:39+05:30	t
JP251219665	Madhu Baghel	8310630226	Agra	Domestic	UNDER_SCRUTINY	4.50	Flat D-739, Gaur Apartments, Lohamandi, Agra	2025-12-03 16:16:13+05:30	t
JP251218236	Alka Jha	9998737327	Varanasi	Commercial	UNDER_SCRUTINY	4.50	H.No. 156, Bhelupur, Varanasi - 221025	2025-12-03 16:38:51+05:30	t
JP251268541	Renu Tewari	+916400748963	Allahabad	Domestic	SANCTIONED	1.00	H.No. 106, Phaphamau, Allahabad - 211009	2025-12-03 16:58:34+05:30	t
JP251255829	Vinay Bhardwaj	6620278968	Kanpur Nagar	Domestic	REJECTED	4.00	Flat A-465, Shalimar Apartments, Kakadeo, Kanpur Nagar	2025-12-03 17:09:59+05:30	t
JP251202971	Reena Sharma	9052268381	Lucknow	Domestic	SANCTIONED	1.00	Flat B-519, Eldeco Apartments, Aliganj, Lucknow	2025-12-03 17:26:20+05:30	t
JP251238949	Umesh Rawat	9513115148	Allahabad	Domestic	REJECTED	3.50	14/29, Station Road, Naini, Allahabad 211001	2025-12-04 09:33:30+05:30	t
JP251275309	Shashank Pal	8211259189	Kanpur Nagar	Domestic	SANCTIONED	4.00	Flat F-730, Shipra Apartments, Shyam Nagar, Kanpur Nagar	2025-12-04 09:59:58+05:30	t
JP251242672	Pawan Kumar Jatav	9546483897	Lucknow	Commercial	UNDER_SCRUTINY	4.50	H.No. 152, Near Gupta's Sweets, Alambagh, Lucknow - 226021	2025-12-04 10:06:55+05:30	t
JP251229483	Babloo Bhatnagar	8441511831	Ghaziabad	Agricultural	SANCTIONED	8.00	Village Khairabad, Post Semra, Tehsil Ghaziabad Sadar, District Ghaziabad - 201001	2025-12-04 10:32:37+05:30	t
JP251202268	Zubair Quraishi	9610858855	Lucknow	Domestic	UNDER_SCRUTINY	1.00	171/10, Mohalla Qazi Tola, Chinhat, Lucknow 226019	2025-12-04 10:41:56+05:30	t
JP251223152	Sneha Devi Dhobi	9733641684	Kanpur Nagar	Domestic	SANCTIONED	1.00	319/7, Nai Basti, Shyam Nagar, Kanpur Nagar 208025	2025-12-04 10:53:51+05:30	t
JP251245472	Tanuja Jatav	9404566603	Allahabad	Domestic	NEW	3.00	Flat E-209, Gaur Apartments, Kareli, Allahabad	2025-12-04 11:22:24+05:30	t
JP251212186	Naveen Batham	6148172188	Agra	Commercial	NEW	2.50	Flat E-899, Shipra Apartments, Kamla Nagar, Agra	2025-12-04 11:34:29+05:30	t
JP251291642	Sangeeta Bajaj	9546928292	Allahabad	Domestic	REJECTED	1.00	Flat E-609, Ansal Apartments, Teliarganj, Allahabad	2025-12-04 11:45:48+05:30	t
JP251279968	Umesh Soni	9162958168	Kanpur Nagar	Domestic	NEW	5.00	123/28, Sector 11, Panki, Kanpur Nagar 208010	2025-12-04 12:08:29+05:30	t
JP251282378	Renu Nigam	9305591756	Agra	Domestic	SANCTIONED	3.00	Flat D-745, Shalimar Apartments, Belanganj, Agra	2025-12-04 12:18:44+05:30	t
JP251221084	Rubina Alvi	8038546848	Agra	Domestic	UNDER_SCRUTINY	4.00	Flat A-249, Omaxe Apartments, Belanganj, Agra	2025-12-04 12:37:19+05:30	t
JP251271850	Irshad Hashmi	9744912141	Lucknow	Domestic	NEW	1.00	H.No. 99, Alambagh, Lucknow - 226013	2025-12-04 12:55:28+05:30	f
JP251299597	Upendra Dubey	9366362852	Varanasi	Domestic	UNDER_SCRUTINY	1.00	Flat D-595, Ansal Apartments, Shivpur, Varanasi	2025-12-04 13:05:12+05:30	t
JP251226317	Aishwarya Mathur	9172675944	Ghaziabad	Domestic	UNDER_SCRUTINY	2.00	Flat A-984, Shalimar Apartments, Crossings Republik, Ghaziabad	2025-12-04 13:18:21+05:30	t
JP251272038	Zainab Malik	7033803587	Lucknow	Domestic	NEW	2.00	H.No. 173, Alambagh, Lucknow - 226028	2025-12-04 13:42:33+05:30	t
JP251279479	Swati Dixit	7803772745	Varanasi	Domestic	UNDER_SCRUTINY	2.50	395/39, Gali No. 5, Mahmoorganj, Varanasi 221026	2025-12-04 13:52:55+05:30	t
JP251238513	Mohan Kumar Chaturvedi	9376107109	Kanpur Nagar	Agricultural	NEW	9.00	Village Bhitauli, Post Bhitauli, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208017	2025-12-04 14:14:41+05:30	t
JP251258761	Mamta Kesarwani	7987273230	Varanasi	Domestic	SANCTIONED	2.50	मकान नं. 90, Sigra, वाराणसी - 221023	2025-12-04 14:23:42+05:30	t
JP251239721	Usha Gupta	09135432490	Agra	Domestic	UNDER_SCRUTINY	1.00	Flat C-190, Ansal Apartments, Belanganj, Agra	2025-12-04 14:42:48+05:30	t
JP251262742	Uma Nigam	9638891492	Kanpur Nagar	Domestic	REJECTED	3.50	116/10, Gali No. 5, Near Jama Masjid, Panki, Kanpur Nagar 208003	2025-12-04 15:08:59+05:30	t
JP251294563	Amar Kashyap	6433183688	Kanpur Nagar	Agricultural	SANCTIONED	7.00	Village Khairabad, Post Semra, Near Power House, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208003	2025-12-04 15:19:41+05:30	t
JP251271426	Shailendra Nishad	9456056467	Lucknow	Domestic	UNDER_SCRUTINY	1.00	H.No. 242, Gomti Nagar, Lucknow - 226017	2025-12-04 15:28:45+05:30	t
JP251277528	Rachna Kannaujiya	09652222148	Agra	Commercial	SANCTIONED	4.00	Flat D-567, Eldeco Apartments, Dayalbagh, Agra	2025-12-04 15:50:54+05:30	t
JP251272205	Amar Kumar Tripathi	8392545288	Kanpur Nagar	Domestic	SANCTIONED	4.00	Flat D-577, Shalimar Apartments, Shyam Nagar, Kanpur Nagar	2025-12-04 16:03:27+05:30	t
JP251290799	Rachna Tiwari	09035777465	Ghaziabad	Domestic	NEW	4.00	310/36, Gali No. 2, Loni, Ghaziabad 201022	2025-12-04 16:23:28+05:30	t
JP251247137	Vishal Rastogi	7614191099	Lucknow	Domestic	UNDER_SCRUTINY	4.00	Flat D-880, Omaxe Apartments, Rajajipuram, Lucknow	2025-12-04 16:33:30+05:30	t
JP251203698	Ruksana Pathan	8051567324	Faizabad	Domestic	UNDER_SCRUTINY	1.00	H.No. 244, Bilharghat, Faizabad - 224009	2025-12-04 16:58:41+05:30	t
JP251229265	Mahesh Kori	6531742512	Allahabad	Agricultural	REJECTED	9.00	Village Nawada, Post Mirzapur Kalan, Tehsil Allahabad Sadar, District Allahabad - 211029	2025-12-04 17:16:56+05:30	t
JP251267726	Deepika Devi Katiyar	9858301269	Kanpur Nagar	Domestic	REJECTED	4.50	H.No. 259, Swaroop Nagar, Kanpur Nagar - 208017	2025-12-05 09:32:27+05:30	t
JP251274595	Abhay Kumar Saini	6304307784	Varanasi	Domestic	NEW	1.50	163/9, Nai Basti, Chowk, Varanasi 221029	2025-12-05 09:38:06+05:30	t
JP251244781	Sneha Devi Kannaujiya	8930914197	Ayodhya	Commercial	NEW	9.50	Flat D-716, Gaur Apartments, Bilharghat, Ayodhya	2025-12-05 09:58:17+05:30	t
JP251204672	Reena Nishad	9244544877	Lucknow	Agricultural	UNDER_SCRUTINY	5.00	Village Semra, Post Dhaurahra, Tehsil Lucknow Sadar, District Lucknow - 226015	2025-12-05 10:19:12+05:30	t
JP251203259	Nargis Rizvi	8166172802	Ghaziabad	Domestic	SANCTIONED	1.00	H.No. 184, Vaishali, Ghaziabad - 201001	2025-12-05 10:33:46+05:30	t
JP251200197	Upendra Kumar Trivedi	+919785553435	Varanasi	Domestic	NEW	2.00	148/15, Purana Qila Road, Sigra, Varanasi 221028	2025-12-05 10:49:27+05:30	t
JP251227321	Fatima Hashmi	8504978778	Lucknow	Domestic	UNDER_SCRUTINY	2.00	362/9, Sector 4, Near St. Mary's School, Gomti Nagar, Lucknow 226007	2025-12-05 10:56:29+05:30	t
JP251223548	Vipin Singh	9662371961	Ghaziabad	Domestic	SANCTIONED	2.00	24/5, Civil Lines Road, Vijay Nagar, Ghaziabad 201015	2025-12-05 11:24:23+05:30	t
JP251234356	Aparna Kol	9665727866	Faizabad	Domestic	NEW	5.00	Flat D-839, Gaur Apartments, Naka Muzaffara, Faizabad	2025-12-05 11:42:07+05:30	t
JP251256505	Sita Tewari	7907133009	Lucknow	Domestic	SANCTIONED	1.00	Flat E-153, Shipra Apartments, Rajajipuram, Lucknow	2025-12-05 11:51:16+05:30	t
JP251202568	Ayesha Mansoori	7610372021	Faizabad	Domestic	SANCTIONED	3.50	Flat F-593, Shipra Apartments, Bilharghat, Faizabad	2025-12-05 12:04:09+05:30	t
JP251243213	Prashant Kumar Maurya	9540960638	Varanasi	Agricultural	UNDER_SCRUTINY	8.00	Village Chandpur, Post Bhitauli, Near Police Chowki, Tehsil Varanasi Sadar, District Varanasi - 221003	2025-12-05 12:22:52+05:30	t
JP251202167	Shahnaz Shaikh	+916474350989	Kanpur Nagar	Domestic	SANCTIONED	4.00	217/21, Civil Lines Road, Near St. Mary's School, Panki, Kanpur Nagar 208028	2025-12-05 12:41:45+05:30	t
JP251212656	Sanjay Agarwal	9865072672	Ghaziabad	Domestic	SANCTIONED	3.00	Flat A-711, Shipra Apartments, Indirapuram, Ghaziabad	2025-12-05 13:03:33+05:30	t
JP251204043	Rashmi Arora	9410663049	Agra	Domestic	UNDER_SCRUTINY	3.00	मकान नं. 398, Belanganj, आगरा - 282022	2025-12-05 13:06:02+05:30	t
JP251229640	Suresh Kumar Sethi	9906024833	Lucknow	Commercial	SANCTIONED	2.50	H.No. 70, Near Hanuman Mandir, Rajajipuram, Lucknow - 226026	2025-12-05 13:32:08+05:30	t
JP251251149	Anshika Trivedi	9769217000	Kanpur Nagar	Commercial	UNDER_SCRUTINY	3.50	Flat D-640, Ansal Apartments, Shyam Nagar, Kanpur Nagar	2025-12-05 13:39:16+05:30	t
JP251245122	Ruksana Beg	6886529617	Lucknow	Domestic	NEW	4.00	Flat B-720, Shipra Apartments, Chinhat, Lucknow	2025-12-05 14:03:45+05:30	t
JP251262108	Sanjay Khanna	9436329728	Varanasi	Domestic	SANCTIONED	4.50	189/38, Gali No. 2, Near Primary School, Chowk, Varanasi 221001	2025-12-05 14:21:59+05:30	t
JP251257787	Pushpa Gangwar	+916105447943	Allahabad	Agricultural	REJECTED	10.00	Village Chandpur, Post Dhaurahra, Tehsil Allahabad Sadar, District Allahabad - 211015	2025-12-05 14:26:03+05:30	t
JP251221596	Vikram Mehrotra	+919831834955	Kanpur Nagar	Domestic	UNDER_SCRUTINY	4.00	Flat E-774, Gaur Apartments, Kidwai Nagar, Kanpur Nagar	2025-12-05 14:48:34+05:30	t
JP251249540	Dharmendra Kanaujia	09880209692	Varanasi	Domestic	UNDER_SCRUTINY	5.00	H.No. 231, Bhelupur, Varanasi - 221023	2025-12-05 15:06:06+05:30	t
JP251239720	Ruchi Mathur	9173264216	Lucknow	Domestic	UNDER_SCRUTINY	3.50	H.No. 70, Chinhat, Lucknow - 226027	2025-12-05 15:22:37+05:30	t
JP251269113	Pawan Kurmi	9684996641	Varanasi	Domestic	NEW	4.00	261/4, Station Road, Sigra, Varanasi 221021	2025-12-05 15:42:15+05:30	f
JP251279459	Durgesh Kumar Pandey	9104468196	Faizabad	Domestic	SANCTIONED	4.00	H.No. 251, Near St. Mary's School, Deokali, Faizabad - 224020	2025-12-05 15:51:04+05:30	t
JP251246597	Pankaj Sengar	8647755446	Ayodhya	Domestic	SANCTIONED	1.50	H.No. 118, Naka Muzaffara, Ayodhya - 224010	2025-12-05 16:05:34+05:30	t
JP251284984	Rashmi Rawat	9403782739	Varanasi	Domestic	SANCTIONED	4.50	H.No. 140, Shivpur, Varanasi - 221024	2025-12-05 16:20:58+05:30	t
JP251283656	Gaurav Chaurasia	9374570311	Varanasi	Domestic	REJECTED	4.00	H.No. 246, Pandeypur, Varanasi - 221003	2025-12-05 16:45:22+05:30	t
JP251240629	Alka Kori	7626021244	Kanpur Nagar	Domestic	SANCTIONED	2.00	H.No. 341, Govind Nagar, Kanpur Nagar - 208002	2025-12-05 17:03:13+05:30	t
JP251214729	Naushad Quraishi	7645078720	Gorakhpur	Domestic	SANCTIONED	3.50	H.No. 380, Golghar, Gorakhpur - 273002	2025-12-05 17:21:23+05:30	t
JP251282160	Renu Dhobi	9042651699	Varanasi	Commercial	SANCTIONED	7.00	H.No. 153, Bhelupur, Varanasi - 221019	2025-12-05 17:27:00+05:30	t
JP251209846	Yogesh Gautam	+919231792848	Ayodhya	Domestic	UNDER_SCRUTINY	3.00	252/28, Station Road, Near Hanuman Mandir, Rikabganj, Ayodhya 224009	2025-12-06 09:43:02+05:30	t
JP251240515	Sunita Pasi	6131226739	Faizabad	Domestic	NEW	3.00	H.No. 167, Darshan Nagar, Faizabad - 224018	2025-12-06 09:56:28+05:30	t
JP251233376	Anoop Kurmi	9341807662	Agra	Domestic	NEW	2.50	Flat F-284, Ansal Apartments, Dayalbagh, Agra	2025-12-06 10:20:37+05:30	f
JP251215012	Mohan Tyagi	9117288421	Kanpur Nagar	Domestic	NEW	4.00	मकान नं. 93, Swaroop Nagar, कानपुर - 208006	2025-12-06 10:39:17+05:30	t
JP251285713	Prem Bajpai	9937270547	Ghaziabad	Domestic	SANCTIONED	5.00	30/22, Mohalla Qazi Tola, Indirapuram, Ghaziabad 201030	2025-12-06 10:55:53+05:30	t
JP251269787	Sita Agnihotri	9886338524	Gorakhpur	Domestic	SANCTIONED	1.00	296/35, Civil Lines Road, Golghar, Gorakhpur 273012	2025-12-06 11:10:03+05:30	t
JP251227313	Rani Pasi	9940061952	Ghaziabad	Domestic	SANCTIONED	2.50	मकान नं. 261, Raj Nagar Extension, ग़ाज़ियाबाद - 201016	2025-12-06 11:24:43+05:30	t
JP251264159	Sohail Alvi	8142698254	Kanpur Nagar	Commercial	SANCTIONED	8.50	283/9, Gali No. 2, Kidwai Nagar, Kanpur Nagar 208012	2025-12-06 11:45:48+05:30	t
JP251232750	Anju Devi Jaiswal	9295567194	Kanpur Nagar	Domestic	UNDER_SCRUTINY	2.50	Flat A-922, Eldeco Apartments, Swaroop Nagar, Kanpur Nagar	2025-12-06 11:48:25+05:30	t
JP251213754	Chandrabhan Kurmi	9872262985	Ghaziabad	Commercial	UNDER_SCRUTINY	2.00	H.No. 120, Vaishali, Ghaziabad - 201015	2025-12-06 12:07:23+05:30	t
JP251253363	Ruchi Chaudhary	8942510473	Allahabad	Commercial	NEW	9.00	H.No. 286, Naini, Allahabad - 211003	2025-12-06 12:33:33+05:30	t
JP251205290	Anurag Kumar Rathore	9782969163	Gorakhpur	Domestic	NEW	1.00	H.No. 326, Near St. Mary's School, Taramandal, Gorakhpur - 273010	2025-12-06 12:38:30+05:30	t
JP251226563	Swati Devi Katiyar	9014752203	Ghaziabad	Commercial	UNDER_SCRUTINY	9.00	Flat B-237, Ansal Apartments, Vijay Nagar, Ghaziabad	2025-12-06 12:59:55+05:30	t
JP251217226	Yogesh Tandon	9471254845	Ghaziabad	Domestic	NEW	2.00	Flat F-875, Shipra Apartments, Loni, Ghaziabad	2025-12-06 13:20:50+05:30	f
JP251215017	Aparna Jha	9056594238	Varanasi	Commercial	NEW	2.50	H.No. 400, Bhelupur, Varanasi - 221029	2025-12-06 13:32:04+05:30	t
JP251286882	Savita Patel	8907756796	Gorakhpur	Commercial	UNDER_SCRUTINY	10.00	95/12, Mohalla Qazi Tola, Taramandal, Gorakhpur 273001	2025-12-06 13:44:34+05:30	t
JP251244638	Ishwar Joshi	6884966584	Ghaziabad	Commercial	SANCTIONED	6.50	H.No. 141, Indirapuram, Ghaziabad - 201011	2025-12-06 13:58:07+05:30	t
JP251293707	Hari Kumar Patel	6787376874	Ghaziabad	Domestic	SANCTIONED	2.00	H.No. 215, Loni, Ghaziabad - 201004	2025-12-06 14:23:06+05:30	t
JP251283122	Hema Gautam	9423872502	Kanpur Nagar	Domestic	SANCTIONED	2.00	397/35, Block C, Near Jama Masjid, Govind Nagar, Kanpur Nagar 208018	2025-12-06 14:27:09+05:30	t
JP251291462	Brijesh Kumar Saini	7167824115	Agra	Domestic	NEW	1.50	Flat F-973, Eldeco Apartments, Dayalbagh, Agra	2025-12-06 14:49:28+05:30	t
JP251210633	Shabnam Alvi	9523188233	Kanpur Nagar	Domestic	SANCTIONED	1.00	286/32, Nai Basti, Shyam Nagar, Kanpur Nagar 208026	2025-12-06 15:00:44+05:30	t
JP251257675	Danish Malik	7620525326	Allahabad	Domestic	REJECTED	2.50	H.No. 283, Mumfordganj, Allahabad - 211006	2025-12-06 15:18:39+05:30	t
JP251251117	Asif Ahmad	8051047071	Lucknow	Commercial	SANCTIONED	5.50	मकान नं. 142, Aminabad, लखनऊ - 226017	2025-12-06 15:34:11+05:30	t
JP251225210	Kavita Devi Patel	8917647889	Lucknow	Agricultural	SANCTIONED	8.00	Village Nawada, Post Nawada, Tehsil Lucknow Sadar, District Lucknow - 226006	2025-12-06 15:49:35+05:30	t
JP251279589	Zubair Warsi	7024767885	Gorakhpur	Domestic	NEW	5.00	H.No. 377, Betiahata, Gorakhpur - 273014	2025-12-06 16:18:33+05:30	t
JP251292508	Priya Kurmi	7837956513	Lucknow	Domestic	SANCTIONED	3.00	Flat E-823, Omaxe Apartments, Aliganj, Lucknow	2025-12-06 16:20:46+05:30	t
JP251232746	Madhu Joshi	9832848877	Gorakhpur	Domestic	NEW	5.00	36/3, Gali No. 5, Bichhiya, Gorakhpur 273026	2025-12-06 16:51:10+05:30	f
JP251235138	Lakshmi Soni	9033622203	Allahabad	Domestic	SANCTIONED	2.00	Flat F-190, Ansal Apartments, Civil Lines, Allahabad	2025-12-06 17:06:26+05:30	t
JP251269064	Tushar Jha	+919138275012	Ghaziabad	Domestic	REJECTED	1.00	H.No. 266, Crossings Republik, Ghaziabad - 201010	2025-12-06 17:15:37+05:30	t
JP251249312	Shalini Gupta	+919664191462	Agra	Domestic	UNDER_SCRUTINY	2.50	72/27, Station Road, Belanganj, Agra 282014	2025-12-08 09:39:22+05:30	t
JP251206789	Mukesh Arora	8853289105	Lucknow	Commercial	UNDER_SCRUTINY	5.50	196/19, Gali No. 2, Near Police Chowki, Jankipuram, Lucknow 226022	2025-12-08 09:42:15+05:30	t
JP251270758	Ajay Rai	6906916515	Kanpur Nagar	Domestic	SANCTIONED	3.00	Flat D-333, Eldeco Apartments, Govind Nagar, Kanpur Nagar	2025-12-08 10:06:35+05:30	t
JP251231628	Vishal Nigam	+916580094761	Varanasi	Domestic	SANCTIONED	1.50	238/8, Mohalla Qazi Tola, Pandeypur, Varanasi 221020	2025-12-08 10:22:43+05:30	t
JP251248705	Shahnaz Siddiqui	9330713513	Kanpur Nagar	Domestic	NEW	5.00	Flat F-647, Ansal Apartments, Kakadeo, Kanpur Nagar	2025-12-08 10:40:18+05:30	t
JP251219849	Faisal Hashmi	6767128113	Allahabad	Domestic	NEW	3.50	Flat C-729, Shalimar Apartments, Phaphamau, Allahabad	2025-12-08 10:56:22+05:30	f
JP251251012	Rizwan Mirza	9110331482	Ghaziabad	Domestic	NEW	1.50	H.No. 226, Indirapuram, Ghaziabad - 201014	2025-12-08 11:09:58+05:30	f
JP251285540	Chanchal Sharma	9019808773	Agra	Domestic	NEW	4.00	303/35, Mohalla Qazi Tola, Tajganj, Agra 282011	2025-12-08 11:21:07+05:30	f
JP251240355	Jai Saini	+919094901518	Allahabad	Domestic	SANCTIONED	1.50	Flat D-132, Ansal Apartments, Naini, Allahabad	2025-12-08 11:34:15+05:30	t
JP251221223	Fatima Alvi	9138741971	Ghaziabad	Domestic	UNDER_SCRUTINY	4.00	117/21, Mohalla Qazi Tola, Near Primary School, Raj Nagar Extension, Ghaziabad 201009	2025-12-08 12:02:46+05:30	t
JP251264986	Ayesha Pathan	8434421890	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	Flat E-608, Shipra Apartments, Shyam Nagar, Kanpur Nagar	2025-12-08 12:07:52+05:30	t
JP251299322	Irfan Rai	6391024324	Lucknow	Agricultural	REJECTED	3.00	Village Madhopur, Post Mirzapur Kalan, Tehsil Lucknow Sadar, District Lucknow - 226018	2025-12-08 12:27:21+05:30	t
JP251262527	Shailendra Bansal	9751953977	Agra	Domestic	SANCTIONED	1.00	325/31, Mohalla Qazi Tola, Lohamandi, Agra 282023	2025-12-08 12:51:11+05:30	t
JP251286083	Rajiv Kumar Vishwakarma	9094253884	Prayagraj	Domestic	NEW	4.00	Flat B-144, Ansal Apartments, Naini, Prayagraj	2025-12-08 13:06:11+05:30	t
JP251295695	Radha Bhatnagar	9656353584	Lucknow	Domestic	SANCTIONED	4.00	248/24, Sector 4, Aminabad, Lucknow 226022	2025-12-08 13:18:22+05:30	t
JP251284729	Geeta Tripathi	9659688617	Agra	Commercial	SANCTIONED	4.50	140/16, Sector 4, Belanganj, Agra 282009	2025-12-08 13:31:36+05:30	t
JP251296189	Akram Usmani	9879681461	Kanpur Nagar	Domestic	SANCTIONED	4.50	Flat A-919, Ansal Apartments, Barra, Kanpur Nagar	2025-12-08 13:47:53+05:30	t
JP251232311	Abhay Kushwaha	8930794034	Allahabad	Domestic	NEW	4.50	154/30, Block C, Phaphamau, Allahabad 211026	2025-12-08 14:11:57+05:30	f
JP251270240	Sana Abbasi	8818229487	Agra	Domestic	UNDER_SCRUTINY	1.00	131/40, Sector 11, Near Sharma's Clinic, Belanganj, Agra 282025	2025-12-08 14:23:45+05:30	t
JP251257346	Sanjay Bajaj	9386853328	Ghaziabad	Domestic	NEW	4.50	H.No. 316, Raj Nagar Extension, Ghaziabad - 201026	2025-12-08 14:36:52+05:30	t
JP251212888	Tarun Asthana	6090364872	Prayagraj	Domestic	SANCTIONED	2.50	160/36, Sector 4, Near Hanuman Mandir, Mumfordganj, Prayagraj 211012	2025-12-08 14:53:47+05:30	t
JP251298618	Sohail Rizvi	9129361673	Varanasi	Commercial	REJECTED	9.50	Flat B-648, Omaxe Apartments, Sarnath, Varanasi	2025-12-08 15:16:48+05:30	t
JP251202165	Sharda Agnihotri	9892233997	Lucknow	Commercial	SANCTIONED	9.00	6/12, Block C, Aliganj, Lucknow 226030	2025-12-08 15:23:10+05:30	t
JP251216576	Rekha Bansal	6938066881	Kanpur Nagar	Domestic	REJECTED	4.50	Flat D-226, Ansal Apartments, Govind Nagar, Kanpur Nagar	2025-12-08 15:35:27+05:30	t
JP251203122	Sanjay Prajapati	9468869395	Agra	Domestic	UNDER_SCRUTINY	2.00	H.No. 71, Sikandra, Agra - 282007	2025-12-08 16:04:16+05:30	t
JP251233274	Pankaj Kumar Pathak	6436262769	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.00	Flat D-119, Shipra Apartments, Swaroop Nagar, Kanpur Nagar	2025-12-08 16:14:06+05:30	t
JP251239272	Pramod Kumar Maurya	7437698658	Kanpur Nagar	Commercial	SANCTIONED	2.50	H.No. 285, Panki, Kanpur Nagar - 208030	2025-12-08 16:22:43+05:30	t
JP251222421	Fatima Saifi	+916442334762	Varanasi	Domestic	UNDER_SCRUTINY	3.50	Flat A-610, Gaur Apartments, Sigra, Varanasi	2025-12-08 16:46:22+05:30	t
JP251247412	Babloo Chauhan	+919097796946	Kanpur Nagar	Commercial	SANCTIONED	6.00	H.No. 365, Swaroop Nagar, Kanpur Nagar - 208024	2025-12-08 16:57:01+05:30	t
JP251284230	Devendra Kannaujiya	9808315078	Lucknow	Commercial	SANCTIONED	9.50	Flat E-165, Eldeco Apartments, Aminabad, Lucknow	2025-12-08 17:14:33+05:30	t
JP251240932	Aakash Verma	8801799687	Agra	Domestic	UNDER_SCRUTINY	5.00	Flat B-920, Gaur Apartments, Belanganj, Agra	2025-12-09 09:36:25+05:30	t
JP251244899	Urmila Rastogi	+919388879299	Lucknow	Domestic	REJECTED	2.00	169/34, Gali No. 2, Aliganj, Lucknow 226029	2025-12-09 09:46:26+05:30	t
JP251218922	Jai Shakya	7397073864	Ghaziabad	Commercial	NEW	7.00	H.No. 222, Loni, Ghaziabad - 201015	2025-12-09 10:07:50+05:30	t
JP251272792	Aarav Mehrotra	9317835638	Ghaziabad	Domestic	NEW	3.00	280/7, Purana Qila Road, Indirapuram, Ghaziabad 201008	2025-12-09 10:21:20+05:30	t
JP251272399	Guddi Goel	9433322344	Agra	Domestic	SANCTIONED	1.00	136/5, Sector 4, Belanganj, Agra 282021	2025-12-09 10:32:53+05:30	t
JP251213761	Ankit Tewari	9529127385	Varanasi	Domestic	UNDER_SCRUTINY	2.00	186/24, Block C, Near Sharma's Clinic, Mahmoorganj, Varanasi 221015	2025-12-09 10:58:25+05:30	t
JP251278656	Hema Gautam	9162877320	Allahabad	Commercial	NEW	6.50	Flat C-682, Shalimar Apartments, Civil Lines, Allahabad	2025-12-09 11:09:22+05:30	f
JP251236228	Rekha Bhatt	6931235832	Lucknow	Domestic	UNDER_SCRUTINY	4.00	H.No. 399, Jankipuram, Lucknow - 226014	2025-12-09 11:30:25+05:30	t
JP251221177	Seema Saini	7069357817	Kanpur Nagar	Agricultural	UNDER_SCRUTINY	8.00	Village Gosainganj, Post Bhagwanpur, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208002	2025-12-09 11:36:35+05:30	t
JP251265185	Mukesh Prasad Pasi	7669989495	Allahabad	Domestic	NEW	4.50	Flat D-532, Ansal Apartments, Kareli, Allahabad	2025-12-09 11:59:21+05:30	f
JP251242016	Amar Nishad	9765597809	Prayagraj	Domestic	SANCTIONED	3.00	Flat A-484, Shipra Apartments, Civil Lines, Prayagraj	2025-12-09 12:21:56+05:30	t
JP251224561	Sanjay Pal	9159207919	Gorakhpur	Agricultural	UNDER_SCRUTINY	9.00	Village Rampur, Post Khairabad, Tehsil Gorakhpur Sadar, District Gorakhpur - 273015	2025-12-09 12:24:44+05:30	t
JP251242228	Shalini Devi Rajbhar	9571461324	Varanasi	Domestic	NEW	4.50	H.No. 158, Mahmoorganj, Varanasi - 221008	2025-12-09 12:54:46+05:30	t
JP251267546	Archana Nigam	9676187113	Kanpur Nagar	Commercial	NEW	3.00	H.No. 385, Barra, Kanpur Nagar - 208029	2025-12-09 13:08:50+05:30	t
JP251290606	Kishore Mehrotra	8523841393	Agra	Agricultural	UNDER_SCRUTINY	3.00	Village Dhaurahra, Post Madhopur, Near Power House, Tehsil Agra Sadar, District Agra - 282026	2025-12-09 13:14:04+05:30	t
JP251219280	Sudha Verma	+917821296718	Agra	Domestic	SANCTIONED	1.50	Flat F-908, Shipra Apartments, Sikandra, Agra	2025-12-09 13:36:31+05:30	t
JP251278458	Deepa Kushwaha	7172373342	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.50	H.No. 228, Kidwai Nagar, Kanpur Nagar - 208015	2025-12-09 13:48:52+05:30	t
JP251291661	Shiv Batham	9509910466	Faizabad	Domestic	UNDER_SCRUTINY	4.00	294/16, Mohalla Qazi Tola, Darshan Nagar, Faizabad 224005	2025-12-09 14:15:14+05:30	t
JP251228617	Shakeel Saifi	07817206674	Lucknow	Commercial	UNDER_SCRUTINY	9.00	Flat B-490, Gaur Apartments, Jankipuram, Lucknow	2025-12-09 14:30:35+05:30	t
JP251212006	Urmila Yadav	9460094910	Lucknow	Commercial	SANCTIONED	7.50	H.No. 364, Aliganj, Lucknow - 226024	2025-12-09 14:33:10+05:30	t
JP251221537	Shaheen Siddiqui	9717165231	Gorakhpur	Domestic	SANCTIONED	1.00	Flat B-870, Gaur Apartments, Taramandal, Gorakhpur	2025-12-09 15:00:40+05:30	t
JP251220073	Ajay Tripathi	9126635079	Kanpur Nagar	Commercial	SANCTIONED	8.00	Flat E-949, Gaur Apartments, Kidwai Nagar, Kanpur Nagar	2025-12-09 15:12:12+05:30	t
JP251298343	Jagdish Sahu	6139026278	Ghaziabad	Domestic	SANCTIONED	4.00	Flat F-139, Gaur Apartments, Vijay Nagar, Ghaziabad	2025-12-09 15:35:20+05:30	t
JP251261018	Rachna Sinha	9790774466	Lucknow	Agricultural	SANCTIONED	6.00	Village Rampur, Post Chandpur, Tehsil Lucknow Sadar, District Lucknow - 226007	2025-12-09 15:42:33+05:30	t
JP251213932	Ashutosh Kumar Dubey	9183976008	Ghaziabad	Commercial	SANCTIONED	10.00	Flat A-451, Shalimar Apartments, Vaishali, Ghaziabad	2025-12-09 16:05:07+05:30	t
JP251282667	Vijay Yadav	9551004138	Lucknow	Domestic	UNDER_SCRUTINY	3.50	Flat C-901, Ansal Apartments, Gomti Nagar, Lucknow	2025-12-09 16:17:37+05:30	t
JP251256366	Brijesh Kumar Chauhan	9991013217	Agra	Domestic	NEW	2.00	H.No. 366, Dayalbagh, Agra - 282020	2025-12-09 16:40:23+05:30	f
JP251263419	Rajiv Gupta	9136659105	Gorakhpur	Domestic	UNDER_SCRUTINY	4.00	45/22, Station Road, Golghar, Gorakhpur 273020	2025-12-09 16:51:33+05:30	t
JP251260503	Tarun Sinha	9890886086	Prayagraj	Domestic	NEW	4.50	मकान नं. 253, Teliarganj, प्रयागराज - 211004	2025-12-09 17:02:39+05:30	t
JP251233508	Yash Sharma	+919224493534	Gorakhpur	Domestic	UNDER_SCRUTINY	2.00	Flat A-449, Gaur Apartments, Bichhiya, Gorakhpur	2025-12-09 17:28:32+05:30	t
JP251218995	Radha Goel	9898816094	Gorakhpur	Domestic	UNDER_SCRUTINY	4.50	H.No. 288, Rapti Nagar, Gorakhpur - 273007	2025-12-10 09:42:19+05:30	t
JP251287359	Anuradha Devi Kori	9151334539	Allahabad	Domestic	SANCTIONED	2.50	Flat A-805, Eldeco Apartments, Civil Lines, Allahabad	2025-12-10 09:56:28+05:30	t
JP251295417	Shahid Alvi	6525511591	Ghaziabad	Commercial	REJECTED	5.50	H.No. 220, Near Primary School, Kavi Nagar, Ghaziabad - 201024	2025-12-10 10:04:49+05:30	t
JP251293095	Anita Kapoor	07035927760	Lucknow	Commercial	UNDER_SCRUTINY	9.50	Flat B-726, Shalimar Apartments, Gomti Nagar, Lucknow	2025-12-10 10:31:38+05:30	t
JP251289563	Pinki Khanna	8569343613	Agra	Commercial	SANCTIONED	10.00	145/12, Civil Lines Road, Kamla Nagar, Agra 282026	2025-12-10 10:33:19+05:30	t
JP251282694	Sohan Kumar Gangwar	7504264896	Varanasi	Domestic	UNDER_SCRUTINY	1.50	Flat F-444, Ansal Apartments, Pandeypur, Varanasi	2025-12-10 10:56:31+05:30	t
JP251273538	Jagdish Rastogi	9458124756	Lucknow	Domestic	SANCTIONED	3.50	मकान नं. 366, Aliganj, लखनऊ - 226016	2025-12-10 11:13:40+05:30	t
JP251227032	Varun Dwivedi	9324515023	Allahabad	Domestic	SANCTIONED	1.50	Flat F-462, Shipra Apartments, Jhunsi, Allahabad	2025-12-10 11:25:47+05:30	t
JP251218318	Shahid Naqvi	9124444099	Varanasi	Domestic	REJECTED	1.00	Flat D-448, Omaxe Apartments, Lanka, Varanasi	2025-12-10 11:38:51+05:30	t
JP251260232	Kamlesh Asthana	6252683719	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.00	Flat C-614, Shalimar Apartments, Swaroop Nagar, Kanpur Nagar	2025-12-10 12:06:48+05:30	t
JP251215774	Shabnam Zaidi	9328726633	Kanpur Nagar	Domestic	UNDER_SCRUTINY	2.00	Flat C-180, Gaur Apartments, Swaroop Nagar, Kanpur Nagar	2025-12-10 12:20:50+05:30	t
JP251206009	Umesh Kapoor	06040224992	Agra	Agricultural	REJECTED	5.00	Village Bhitauli, Post Bhagwanpur, Tehsil Agra Sadar, District Agra - 282003	2025-12-10 12:26:44+05:30	t
JP251216483	Tabassum Malik	7973638008	Faizabad	Domestic	UNDER_SCRUTINY	1.00	H.No. 127, Bilharghat, Faizabad - 224018	2025-12-10 12:57:05+05:30	t
JP251237245	Aditya Rajbhar	9577198997	Agra	Domestic	NEW	3.00	58/2, Block C, Dayalbagh, Agra 282002	2025-12-10 12:58:08+05:30	t
JP251218393	Jai Kumar Vaish	9196677441	Allahabad	Domestic	UNDER_SCRUTINY	3.50	Flat F-696, Eldeco Apartments, Kareli, Allahabad	2025-12-10 13:15:17+05:30	t
JP251257802	Dharmendra Kumar Bansal	9758202235	Kanpur Nagar	Domestic	SANCTIONED	2.50	मकान नं. 366, Kakadeo, कानपुर - 208022	2025-12-10 13:46:03+05:30	t
JP251297295	Fatima Zaidi	9357032452	Gorakhpur	Commercial	REJECTED	7.00	58/11, Purana Qila Road, Rapti Nagar, Gorakhpur 273028	2025-12-10 13:49:21+05:30	t
JP251264649	Azhar Saifi	9648718660	Agra	Domestic	REJECTED	2.50	115/3, Sector 11, Sikandra, Agra 282013	2025-12-10 14:13:14+05:30	t
JP251280276	Amrita Katiyar	+916260330344	Allahabad	Domestic	SANCTIONED	4.00	Flat B-527, Ansal Apartments, Naini, Allahabad	2025-12-10 14:30:56+05:30	t
JP251237984	Nikhil Kumar Bansal	9276868500	Lucknow	Domestic	NEW	4.50	350/20, Gali No. 5, Aliganj, Lucknow 226028	2025-12-10 14:46:01+05:30	t
JP251254028	Heena Shaikh	7510774893	Faizabad	Domestic	UNDER_SCRUTINY	2.00	Flat B-541, Gaur Apartments, Darshan Nagar, Faizabad	2025-12-10 14:57:23+05:30	t
JP251270726	Kuldeep Kumar Batham	9689198371	Ghaziabad	Domestic	NEW	2.50	Flat B-791, Eldeco Apartments, Vijay Nagar, Ghaziabad	2025-12-10 15:09:19+05:30	f
JP251295511	Siddharth Tiwari	9425325236	Varanasi	Domestic	UNDER_SCRUTINY	1.00	38/20, Gali No. 2, Near Hanuman Mandir, Shivpur, Varanasi 221014	2025-12-10 15:32:46+05:30	t
JP251206041	Shahid Idrisi	6504511848	Varanasi	Domestic	UNDER_SCRUTINY	5.00	H.No. 29, Shivpur, Varanasi - 221016	2025-12-10 15:52:00+05:30	t
JP251213248	Ravi Kumar Tomar	+918915358272	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.00	Flat E-765, Ansal Apartments, Panki, Kanpur Nagar	2025-12-10 15:56:44+05:30	t
JP251219451	Sakshi Batham	9689198371	Allahabad	Commercial	NEW	4.00	H.No. 162, Naini, Allahabad - 211006	2025-12-10 16:11:49+05:30	f
JP251235866	Harish Awasthi	9743203395	Lucknow	Domestic	NEW	4.00	Flat E-725, Shipra Apartments, Aliganj, Lucknow	2025-12-10 16:29:02+05:30	t
JP251251231	Jagdish Dwivedi	9390935174	Agra	Domestic	SANCTIONED	1.00	67\\8/15, Purana Qila Road, Khandari, Agra 282004	2025-12-10 16:43:52+05:30	t
JP251241443	Jaya Dhuria	9267846750	Kanpur Nagar	Domestic	NEW	1.00	H.No. 309, Shyam Nagar, Kanpur Nagar - 208026	2025-12-10 17:07:04+05:30	t
JP251251480	Neha Bhatt	9675294084	Kanpur Nagar	Domestic	UNDER_SCRUTINY	4.50	H.No. 193, Shyam Nagar, Kanpur Nagar - 208012	2025-12-10 17:21:57+05:30	t
JP251217273	Archana Gangwar	09532157608	Ghaziabad	Domestic	NEW	1.00	H.No. 294, Vaishali, Ghaziabad - 201018	2025-12-11 09:33:59+05:30	t
JP251231554	Heena Shaikh	9760884146	Gorakhpur	Domestic	UNDER_SCRUTINY	4.50	Flat D-956, Ansal Apartments, Taramandal, Gorakhpur	2025-12-11 09:48:29+05:30	t
JP251266150	Urmila Jatav	8474387868	Kanpur Nagar	Domestic	NEW	2.00	Flat F-932, Omaxe Apartments, Kalyanpur, Kanpur Nagar	2025-12-11 10:08:47+05:30	f
JP251293969	Raj Tandon	9709418797	Lucknow	Domestic	REJECTED	5.00	182/25, Sector 4, Jankipuram, Lucknow 226023	2025-12-11 10:23:05+05:30	t
JP251215693	Aarav Garg	8116604174	Agra	Domestic	UNDER_SCRUTINY	2.00	H.No. 307, Kamla Nagar, Agra - 282001	2025-12-11 10:36:48+05:30	t
JP251269549	Govind Mehrotra	9835609311	Agra	Domestic	REJECTED	4.00	H.No. 153, Belanganj, Agra - 282002	2025-12-11 11:00:19+05:30	t
JP251231117	Bhavna Devi Rai	7322045657	Lucknow	Domestic	NEW	2.50	Flat E-941, Omaxe Apartments, Aliganj, Lucknow	2025-12-11 11:09:37+05:30	t
JP251258728	Ruchi Rajbhar	9444835851	Lucknow	Commercial	SANCTIONED	4.00	Flat C-706, Eldeco Apartments, Rajajipuram, Lucknow	2025-12-11 11:39:49+05:30	t
JP251252634	Vipin Rawat	8919656087	Varanasi	Domestic	SANCTIONED	1.00	Flat A-704, Eldeco Apartments, Sarnath, Varanasi	2025-12-11 11:51:02+05:30	t
JP251284313	Vijay Vishwakarma	9833363819	Kanpur Nagar	Domestic	REJECTED	5.00	188/7, Sector 4, Near Primary School, Barra, Kanpur Nagar 208024	2025-12-11 12:11:36+05:30	t
JP251249791	Ankita Chaurasia	8494210307	Faizabad	Agricultural	UNDER_SCRUTINY	5.00	Village Semra, Post Dhaurahra, Near Primary School, Tehsil Faizabad Sadar, District Faizabad - 224029	2025-12-11 12:21:28+05:30	t
JP251233465	Kuldeep Thakur	9958798984	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.50	H.No. 229, Kakadeo, Kanpur Nagar - 208007	2025-12-11 12:38:28+05:30	t
JP251200589	Kajal Trivedi	9814183492	Varanasi	Domestic	SANCTIONED	1.00	H.No. 182, Chowk, Varanasi - 221028	2025-12-11 12:44:49+05:30	t
JP251293317	Ashish Kumar Asthana	9563190345	Kanpur Nagar	Domestic	SANCTIONED	2.50	198/14, Purana Qila Road, Govind Nagar, Kanpur Nagar 208015	2025-12-11 13:03:25+05:30	t
JP251210186	Imran Hashmi	8805531616	Varanasi	Agricultural	NEW	4.00	Village Chandpur, Post Rampur, Tehsil Varanasi Sadar, District Varanasi - 221007	2025-12-11 13:23:01+05:30	f
JP251292084	Sachin Bind	6976155413	Varanasi	Domestic	NEW	2.50	H.No. 381, Sarnath, Varanasi - 221019	2025-12-11 13:36:29+05:30	t
JP251256655	Yash Bhadauria	9244749285	Kanpur Nagar	Domestic	NEW	1.50	296/3, Gali No. 5, Kidwai Nagar, Kanpur Nagar 208028	2025-12-11 13:58:02+05:30	t
JP251201546	Heena Shaikh	6948487415	Lucknow	Domestic	NEW	4.00	Flat F-671, Ansal Apartments, Indira Nagar, Lucknow	2025-12-11 14:13:50+05:30	f
JP251221434	Aishwarya Rajbhar	7844381548	Varanasi	Domestic	SANCTIONED	1.50	H.No. 400, Sarnath, Varanasi - 221028	2025-12-11 14:31:49+05:30	t
JP251261156	Babloo Sahu	8007526340	Agra	Commercial	UNDER_SCRUTINY	2.00	Flat B-980, Shalimar Apartments, Dayalbagh, Agra	2025-12-11 14:44:58+05:30	t
JP251227913	Satish Kesarwani	9802509524	Ayodhya	Domestic	UNDER_SCRUTINY	4.50	H.No. 53, Darshan Nagar, Ayodhya - 224020	2025-12-11 14:52:59+05:30	t
JP251227708	Anuradha Trivedi	8237608436	Lucknow	Commercial	SANCTIONED	4.50	352/39, Mohalla Qazi Tola, Aminabad, Lucknow 226004	2025-12-11 15:16:53+05:30	t
JP251239367	Sohan Rastogi	8084070412	Lucknow	Domestic	NEW	5.00	H.No. 181, Indira Nagar, Lucknow - 226016	2025-12-11 15:37:43+05:30	f
JP251268816	Aparna Gautam	9385764989	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.00	H.No. 388, Swaroop Nagar, Kanpur Nagar - 208010	2025-12-11 15:45:45+05:30	t
JP251250072	Aman Mishra	9357749441	Ghaziabad	Domestic	UNDER_SCRUTINY	4.00	मकान नं. 309, Crossings Republik, ग़ाज़ियाबाद - 201003	2025-12-11 15:58:39+05:30	t
JP251219477	Ishwar Asthana	9046561256	Kanpur Nagar	Domestic	SANCTIONED	2.50	263/7, Gali No. 2, Kalyanpur, Kanpur Nagar 208030	2025-12-11 16:23:07+05:30	t
JP251230833	Sarita Sengar	6549149162	Agra	Domestic	UNDER_SCRUTINY	5.00	Flat D-762, Gaur Apartments, Dayalbagh, Agra	2025-12-11 16:42:00+05:30	t
JP251241776	Sunita Vaish	9913184079	Kanpur Nagar	Domestic	REJECTED	5.00	92/33, Sector 4, Shyam Nagar, Kanpur Nagar 208021	2025-12-11 16:52:46+05:30	t
JP251258735	Dilip Kesarwani	7192139656	Faizabad	Domestic	REJECTED	1.50	377/40, Sector 11, Sahadatganj, Faizabad 224006	2025-12-11 17:06:32+05:30	t
JP251210079	Ankit Kumar Dixit	6672704403	Agra	Domestic	NEW	3.50	Flat D-578, Eldeco Apartments, Dayalbagh, Agra	2025-12-11 17:23:33+05:30	f
JP251250069	Aakash Garg	9105361752	Kanpur Nagar	Domestic	NEW	2.50	Flat D-288, Shipra Apartments,\tSwaroop Nagar, Kanpur Nagar	2025-12-12 09:39:27+05:30	t
JP251282332	Himanshu Tomar	7351427682	Lucknow	Domestic	UNDER_SCRUTINY	2.50	Flat F-468, Omaxe Apartments, Chinhat, Lucknow	2025-12-12 09:53:52+05:30	t
JP251297300	Anoop Prasad Sengar	9375594901	Lucknow	Domestic	UNDER_SCRUTINY	2.50	H.No. 25, Gomti Nagar, Lucknow - 226021	2025-12-12 10:15:55+05:30	t
JP251290370	Jagdish Kumar Valmiki	7489449173	Agra	Domestic	SANCTIONED	1.50	Flat E-392, Eldeco Apartments, Sikandra, Agra	2025-12-12 10:30:41+05:30	t
JP251230504	Sneha Sharma	9184206929	Agra	Agricultural	REJECTED	4.00	Village Rampur, Post Chandpur, Near D'Souza Medical Store, Tehsil Agra Sadar, District Agra - 282024	2025-12-12 10:44:23+05:30	t
JP251294840	Shweta Mathur	9390326955	Agra	Domestic	UNDER_SCRUTINY	1.00	H.No. 301, Dayalbagh, Agra - 282023	2025-12-12 11:04:53+05:30	t
JP251261927	Yamini Garg	7284192647	Lucknow	Domestic	NEW	1.00	181/8, Civil Lines Road, Gomti Nagar, Lucknow 226030	2025-12-12 11:12:32+05:30	f
JP251200043	Keshav Ojha	09103088269	Varanasi	Domestic	UNDER_SCRUTINY	2.50	H.No. 376, Sarnath, Varanasi - 221030	2025-12-12 11:32:28+05:30	t
JP251277025	Kiran Pathak	+919688827380	Gorakhpur	Commercial	UNDER_SCRUTINY	2.00	Flat D-794, Omaxe Apartments, Shahpur, Gorakhpur	2025-12-12 11:47:50+05:30	t
JP251226182	Chandan Kumar Lodhi	9996727815	Varanasi	Commercial	UNDER_SCRUTINY	3.00	H.No. 393, Sarnath, Varanasi - 221025	2025-12-12 12:11:52+05:30	t
JP251253952	Sohail Warsi	9397272377	Ghaziabad	Domestic	REJECTED	1.50	H.No. 85, Vaishali, Ghaziabad - 201023	2025-12-12 12:18:18+05:30	t
JP251291279	Ayush Kol	+917188009130	Ghaziabad	Domestic	SANCTIONED	2.50	H.No. 394, Loni, Ghaziabad - 201013	2025-12-12 12:46:09+05:30	t
JP251231083	Shikha Rai	7197211903	Varanasi	Domestic	SANCTIONED	2.50	344/37, Block C, Bhelupur, Varanasi 221029	2025-12-12 12:59:46+05:30	t
JP251229562	Kanchan Devi Prajapati	7675589759	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	H.No. 360, Kalyanpur, Kanpur Nagar - 208003	2025-12-12 13:11:39+05:30	t
JP251254021	Ritu Devi Bansal	+919184329886	Ghaziabad	Commercial	SANCTIONED	7.50	102/24, Gali No. 5, Near Power House, Vaishali, Ghaziabad 201020	2025-12-12 13:24:42+05:30	t
JP251224814	Javed Warsi	9747316165	Varanasi	Domestic	NEW	4.00	Flat D-458, Eldeco Apartments, Bhelupur, Varanasi	2025-12-12 13:45:45+05:30	t
JP251264781	Pallavi Pandey	9980804739	Agra	Domestic	NEW	5.00	57/36, Sector 4, Belanganj, Agra 282001	2025-12-12 14:03:17+05:30	t
JP251286081	Karan Pandey	7657283435	Kanpur Nagar	Domestic	NEW	5.00	355/8, Gali No. 2, Near Old Water Tank, Shyam Nagar, Kanpur Nagar 208021	2025-12-12 14:10:30+05:30	f
JP251207443	Poonam Gupta	9852505516	Agra	Domestic	UNDER_SCRUTINY	3.00	Flat E-364, Eldeco Apartments, Dayalbagh, Agra	2025-12-12 14:34:47+05:30	t
JP251239419	Sabiha Qureshi	7477085975	Varanasi	Domestic	NEW	2.00	Flat B-803, Eldeco Apartments, Shivpur, Varanasi	2025-12-12 14:46:45+05:30	t
JP251203304	Aman Rai	9405826959	Allahabad	Commercial	UNDER_SCRUTINY	6.50	Flat C-369, Ansal Apartments, Mumfordganj, Allahabad	2025-12-12 15:08:22+05:30	t
JP251252352	Manoj Chauhan	+917601611969	Agra	Domestic	NEW	4.00	Flat F-622, Eldeco Apartments, Shahganj, Agra	2025-12-12 15:18:22+05:30	f
JP251284258	Sanjay Ojha	9663534829	Agra	Domestic	UNDER_SCRUTINY	4.00	279/30, Mohalla Qazi Tola, Lohamandi, Agra 282008	2025-12-12 15:34:19+05:30	t
JP251228236	Savita Rajbhar	6368195001	Lucknow	Domestic	SANCTIONED	1.00	201/17, Mohalla Qazi Tola, Rajajipuram, Lucknow 226008	2025-12-12 15:57:16+05:30	t
JP251272233	Shailendra Goel	6116314101	Allahabad	Domestic	NEW	3.50	10/26, Gali No. 5, Near Hanuman Mandir, Mumfordganj, Allahabad 211018	2025-12-12 16:09:01+05:30	f
JP251236538	Avinash Dwivedi	9276706852	Agra	Domestic	SANCTIONED	3.00	H.No. 237, Belanganj, Agra - 282015	2025-12-12 16:25:49+05:30	t
JP251252034	Varun Vaish	6976058776	Agra	Domestic	SANCTIONED	5.00	Flat D-938, Ansal Apartments, Kamla Nagar, Agra	2025-12-12 16:33:29+05:30	t
JP251269775	Brijesh Kumar Sonkar	9759117335	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	72/37, Gali No. 5, Panki, Kanpur Nagar 208016	2025-12-12 16:54:11+05:30	t
JP251204035	Aarav Gond	9782324493	Agra	Domestic	SANCTIONED	1.00	146/15, Block C, Shahganj, Agra 282015	2025-12-12 17:08:47+05:30	t
JP251232249	Kalpana Kumar	8998368782	Gorakhpur	Domestic	UNDER_SCRUTINY	2.50	H.No. 384, Near Jama Masjid, Betiahata, Gorakhpur - 273014	2025-12-12 17:26:43+05:30	t
JP251201392	Aparna Prajapati	9595704699	Allahabad	Domestic	NEW	3.00	Flat E-873, Shipra Apartments, Mumfordganj, Allahabad	2025-12-13 09:38:24+05:30	t
JP251235607	Jitendra Khanna	7373927571	Lucknow	Commercial	NEW	7.50	152/23, Station Road, Jankipuram, Lucknow 226015	2025-12-13 10:02:14+05:30	f
JP251221272	Shweta Devi Tyagi	9863973503	Kanpur Nagar	Domestic	SANCTIONED	1.00	92/9, Sector 4, Kalyanpur, Kanpur Nagar 208005	2025-12-13 10:19:23+05:30	t
JP251260898	Shailendra Kumar Bind	9232277332	Ghaziabad	Commercial	UNDER_SCRUTINY	9.50	Flat C-733, Eldeco Apartments, Indirapuram, Ghaziabad	2025-12-13 10:35:53+05:30	t
JP251271265	Anuradha Chaudhary	9476398745	Allahabad	Domestic	UNDER_SCRUTINY	2.00	Flat C-107, Ansal Apartments, Jhunsi, Allahabad	2025-12-13 10:54:41+05:30	t
JP251282395	Nitin Joshi	8853389851	Ghaziabad	Domestic	REJECTED	2.50	H.No. 384, Indirapuram, Ghaziabad - 201011	2025-12-13 11:07:12+05:30	t
JP251299936	Asif Ansari	8749444068	Ghaziabad	Domestic	SANCTIONED	1.00	H.No. 80, Vaishali, Ghaziabad - 201026	2025-12-13 11:15:45+05:30	t
JP251286570	Kusum Valmiki	8195906070	Lucknow	Domestic	REJECTED	2.00	258/40, Sector 4, Aliganj, Lucknow 226006	2025-12-13 11:36:01+05:30	t
JP251246822	Naseem Zaidi	9723383248	Lucknow	Domestic	SANCTIONED	3.00	394/28, Block C, Jankipuram, Lucknow 226007	2025-12-13 11:59:12+05:30	t
JP251277491	Durgesh Jatav	9033533748	Kanpur Nagar	Domestic	SANCTIONED	5.00	176/39, Purana Qila Road, Shyam Nagar, Kanpur Nagar 208005	2025-12-13 12:16:12+05:30	t
JP251229794	Komal Saini	9974579614	Varanasi	Domestic	SANCTIONED	1.50	H.No. 13, Near Jama Masjid, Sarnath, Varanasi - 221025	2025-12-13 12:28:56+05:30	t
JP251216557	Rajiv Baghel	8868278391	Lucknow	Domestic	UNDER_SCRUTINY	1.50	Flat B-697, Ansal Apartments, Gomti Nagar, Lucknow	2025-12-13 12:33:45+05:30	t
JP251266363	Gopal Vaish	6156862790	Allahabad	Domestic	NEW	2.50	271/2, Nai Basti, Teliarganj, Allahabad 211007	2025-12-13 12:49:10+05:30	t
JP251250564	Ayesha Saifi	7463724552	Agra	Domestic	SANCTIONED	3.00	Flat B-264, Ansal Apartments, Sikandra, Agra	2025-12-13 13:17:56+05:30	t
JP251277775	Neetu Chandra	7492451936	Lucknow	Domestic	REJECTED	4.50	Flat A-399, Shalimar Apartments, Chinhat, Lucknow	2025-12-13 13:36:27+05:30	t
JP251230892	Mayank Gond	8444781245	Varanasi	Domestic	NEW	4.50	Flat C-134, Ansal Apartments, Shivpur, Varanasi	2025-12-13 13:37:20+05:30	t
JP251256734	Sajid Qureshi	9076860952	Gorakhpur	Commercial	SANCTIONED	3.50	H.No. 54, Betiahata, Gorakhpur - 273026	2025-12-13 13:59:39+05:30	t
JP251226216	Suresh Kumar Maurya	9170153677	Gorakhpur	Domestic	SANCTIONED	3.00	H.No. 103, Betiahata, Gorakhpur - 273027	2025-12-13 14:16:24+05:30	t
JP251228446	Uma Mittal	9821458478	Ayodhya	Commercial	SANCTIONED	3.50	119/30, Station Road, Naka Muzaffara, Ayodhya 224013	2025-12-13 14:32:02+05:30	t
JP251280564	Suresh Patel	9135365331	Ghaziabad	Agricultural	SANCTIONED	7.00	Village Madhopur, Post Dhaurahra, Tehsil Ghaziabad Sadar, District Ghaziabad - 201002	2025-12-13 14:48:46+05:30	t
JP251242660	Mona Dhuria	9805309735	Varanasi	Domestic	NEW	2.50	H.No. 113, Near Shiv Mandir, Sarnath, Varanasi - 221022	2025-12-13 15:11:47+05:30	t
JP251239749	Shahid Hashmi	8787063182	Ghaziabad	Domestic	UNDER_SCRUTINY	4.00	H.No. 388, Raj Nagar Extension, Ghaziabad - 201016	2025-12-13 15:14:57+05:30	t
JP251263789	Vivek Prasad Asthana	7301724982	Ghaziabad	Domestic	UNDER_SCRUTINY	4.00	Flat C-314, Omaxe Apartments, Indirapuram, Ghaziabad	2025-12-13 15:40:11+05:30	t
JP251272730	Preeti Bansal	8597672810	Ghaziabad	Domestic	REJECTED	3.00	Flat C-524, Gaur Apartments, Vaishali, Ghaziabad	2025-12-13 15:49:23+05:30	t
JP251271045	Ankit Mittal	9659744175	Lucknow	Domestic	UNDER_SCRUTINY	5.00	Flat E-424, Shipra Apartments, Aminabad, Lucknow	2025-12-13 16:10:44+05:30	t
JP251207334	Sakshi Devi Prajapati	9556983764	Ghaziabad	Commercial	UNDER_SCRUTINY	2.50	57/10, Mohalla Qazi Tola, Crossings Republik, Ghaziabad 201005	2025-12-13 16:29:02+05:30	t
JP251273511	Shailendra Kumar Chauhan	9516575085	Ghaziabad	Domestic	SANCTIONED	2.50	Flat A-901, Shalimar Apartments, Indirapuram, Ghaziabad	2025-12-13 16:41:31+05:30	t
JP251203767	Ajay Tandon	6069989786	Lucknow	Domestic	UNDER_SCRUTINY	1.50	Flat E-818, Eldeco Apartments, Chinhat, Lucknow	2025-12-13 16:50:38+05:30	t
JP251230379	Jyoti Chaturvedi	9863682207	Kanpur Nagar	Commercial	UNDER_SCRUTINY	9.00	Flat B-125, Omaxe Apartments, Barra, Kanpur Nagar	2025-12-13 17:18:47+05:30	t
JP251293031	Jaya Mehrotra	9500365435	Kanpur Nagar	Domestic	SANCTIONED	1.50	H.No. 262, Kakadeo, Kanpur Nagar - 208006	2025-12-13 17:24:20+05:30	t
JP251274961	Arun Jatav	9554722517	Ghaziabad	Domestic	REJECTED	3.50	H.No. 286, Near Shiv Mandir, Indirapuram, Ghaziabad - 201016	2025-12-15 09:53:03+05:30	t
JP251219052	Mukesh Tewari	9545519371	Allahabad	Commercial	SANCTIONED	8.00	H.No. 237, Kareli, Allahabad - 211023	2025-12-15 10:05:44+05:30	t
JP251277275	Geeta Devi Upadhyay	7930974794	Allahabad	Commercial	UNDER_SCRUTINY	3.50	Flat A-178, Shipra Apartments, Naini, Allahabad	2025-12-15 10:23:31+05:30	t
JP251211137	Neeraj Jha	6229228347	Gorakhpur	Domestic	NEW	5.00	Flat D-110, Ansal Apartments, Taramandal, Gorakhpur	2025-12-15 10:27:54+05:30	t
JP251249610	Mamta Shukla	6920707024	Kanpur Nagar	Domestic	SANCTIONED	2.00	Flat F-858, Ansal Apartments, Kalyanpur, Kanpur Nagar	2025-12-15 10:51:51+05:30	t
JP251274677	Shabnam Naqvi	6320535304	Agra	Agricultural	UNDER_SCRUTINY	6.00	Village Bhagwanpur, Post Rampur, Tehsil Agra Sadar, District Agra - 282007	2025-12-15 11:03:52+05:30	t
JP251249914	Himanshu Kumar Dubey	9510686688	Kanpur Nagar	Domestic	NEW	2.00	86/16, Station Road, Near D'Souza Medical Store, Govind Nagar, Kanpur Nagar 208024	2025-12-15 11:29:32+05:30	f
JP251251776	Ankita Pathak	+919983515397	Lucknow	Domestic	NEW	1.00	H.No. 392, Jankipuram, Lucknow - 226024	2025-12-15 11:45:40+05:30	f
JP251229754	Akhilesh Prasad Tandon	7444970080	Varanasi	Domestic	UNDER_SCRUTINY	4.50	H.No. 130, Near Hanuman Mandir, Pandeypur, Varanasi - 221017	2025-12-15 12:00:15+05:30	t
JP251261863	Neelam Devi Katiyar	8061353115	Gorakhpur	Commercial	SANCTIONED	2.50	362/26, Block C, Golghar, Gorakhpur 273028	2025-12-15 12:07:34+05:30	t
JP251236973	Brijesh Sonkar	+917752043708	Kanpur Nagar	Domestic	SANCTIONED	2.50	Flat A-566, Shalimar Apartments, Barra, Kanpur Nagar	2025-12-15 12:29:30+05:30	t
JP251287863	Pushpa Rastogi	8095319246	Agra	Domestic	REJECTED	4.50	292/28, Gali No. 2, Tajganj, Agra 282020	2025-12-15 12:37:34+05:30	t
JP251297586	Rani Nishad	9474551397	Varanasi	Domestic	UNDER_SCRUTINY	2.00	Flat A-443, Eldeco Apartments, Shivpur, Varanasi	2025-12-15 13:02:59+05:30	t
JP251219920	Rakesh Jha	9590208183	Kanpur Nagar	Domestic	SANCTIONED	1.00	Flat E-695, Shipra Apartments, Kakadeo, Kanpur Nagar	2025-12-15 13:18:03+05:30	t
JP251276257	Mohan Lodhi	7602495876	Ghaziabad	Domestic	UNDER_SCRUTINY	4.50	Flat E-671, Shalimar Apartments, Kavi Nagar, Ghaziabad	2025-12-15 13:38:18+05:30	t
JP251278712	Aditya Kumar Dhuria	6111254067	Kanpur Nagar	Domestic	UNDER_SCRUTINY	5.00	Flat A-787, Gaur Apartments, Panki, Kanpur Nagar	2025-12-15 13:42:51+05:30	t
JP251270654	Priya Shakya	+919038710810	Lucknow	Domestic	NEW	2.50	263/35, Station Road, Jankipuram, Lucknow 226030	2025-12-15 14:10:18+05:30	t
JP251260248	Faisal Siddiqui	9789313030	Kanpur Nagar	Domestic	SANCTIONED	5.00	H.No. 302, Kalyanpur, Kanpur Nagar - 208004	2025-12-15 14:14:22+05:30	t
JP251249491	Tushar Dwivedi	6415101241	Lucknow	Domestic	SANCTIONED	4.00	Flat C-101, Omaxe Apartments, Alambagh, Lucknow	2025-12-15 14:32:20+05:30	t
JP251225501	Sachin Khanna	7543202935	Faizabad	Domestic	UNDER_SCRUTINY	1.00	H.No. 130, Darshan Nagar, Faizabad - 224016	2025-12-15 14:53:55+05:30	t
JP251243457	Praveen Chaudhary	7536280859	Allahabad	Domestic	UNDER_SCRUTINY	4.50	H.No. 67, Mumfordganj, Allahabad - 211020	2025-12-15 15:02:18+05:30	t
JP251290937	Pramod Yadav	9758026455	Prayagraj	Domestic	SANCTIONED	3.50	301/16, Gali No. 5, Naini, Prayagraj 211013	2025-12-15 15:24:25+05:30	t
JP251226131	Yash Rathore	9496938619	Agra	Commercial	SANCTIONED	7.00	Flat A-368, Eldeco Apartments, Shahganj, Agra	2025-12-15 15:40:50+05:30	t
JP251214965	Bharat Bhardwaj	9271332655	Prayagraj	Domestic	REJECTED	3.50	Flat C-718, Gaur Apartments, Civil Lines, Prayagraj	2025-12-15 15:49:04+05:30	t
JP251266189	Rekha Devi Bhardwaj	9818426294	Varanasi	Domestic	UNDER_SCRUTINY	1.00	Flat F-815, Shalimar Apartments, Bhelupur, Varanasi	2025-12-15 16:14:14+05:30	t
JP251280322	Deepa Yadav	9734275313	Ghaziabad	Domestic	SANCTIONED	3.50	397/15, Gali No. 5, Raj Nagar Extension, Ghaziabad 201029	2025-12-15 16:26:20+05:30	t
JP251229364	Archana Tripathi	9374731180	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.00	Flat A-216, Eldeco Apartments, Govind Nagar, Kanpur Nagar	2025-12-15 16:49:31+05:30	t
JP251277940	Upendra Gangwar	9144520946	Kanpur Nagar	Domestic	REJECTED	3.50	197/10, Purana Qila Road, Near Old Water Tank, Barra, Kanpur Nagar 208027	2025-12-15 17:01:19+05:30	t
JP251244780	Amrita Devi Tewari	6407747251	Kanpur Nagar	Domestic	SANCTIONED	4.50	284/17, Gali No. 5, Shyam Nagar, Kanpur Nagar 208021	2025-12-15 17:20:05+05:30	t
JP251215713	Rubina Idrisi	8223846929	Agra	Domestic	UNDER_SCRUTINY	4.00	Flat E-558, Eldeco Apartments, Tajganj, Agra	2025-12-16 09:32:42+05:30	t
JP251249260	Neetu Batham	+917308417358	Allahabad	Domestic	SANCTIONED	2.50	Flat F-222, Omaxe Apartments, Phaphamau, Allahabad	2025-12-16 09:43:19+05:30	t
JP251216646	Bhavna Bajpai	9272060485	Varanasi	Domestic	UNDER_SCRUTINY	3.50	205/32, Sector 4, Near St. Mary's School, Bhelupur, Varanasi 221022	2025-12-16 10:00:49+05:30	t
JP251269228	Balram Mathur	6382654686	Ghaziabad	Domestic	UNDER_SCRUTINY	2.50	49/12, Gali No. 2, Kavi Nagar, Ghaziabad 201005	2025-12-16 10:18:50+05:30	t
JP251267121	Pradeep Kumar Maurya	8406760908	Kanpur Nagar	Domestic	UNDER_SCRUTINY	2.50	H.No. 7, Govind Nagar, Kanpur Nagar - 208006	2025-12-16 10:40:18+05:30	t
JP251289264	Javed Quraishi	9247788879	Ghaziabad	Domestic	SANCTIONED	2.00	131/6, Station Road, Vijay Nagar, Ghaziabad 201017	2025-12-16 10:54:47+05:30	t
JP251209391	Rahul Bhardwaj	+919263351007	Gorakhpur	Domestic	SANCTIONED	3.00	H.No. 124, Rapti Nagar, Gorakhpur - 273023	2025-12-16 11:12:38+05:30	t
JP251235610	Balram Sethi	9063971917	Lucknow	Domestic	UNDER_SCRUTINY	2.50	H.No. 392, Indira Nagar, Lucknow - 226019	2025-12-16 11:21:19+05:30	t
JP251228434	Kusum Thakur	9370328779	Kanpur Nagar	Domestic	SANCTIONED	4.50	H.No. 239, Kakadeo, Kanpur Nagar - 208020	2025-12-16 11:34:06+05:30	t
JP251208233	Sadhna Tiwari	9784152287	Lucknow	Domestic	SANCTIONED	3.00	374/18, Block C, Alambagh, Lucknow 226010	2025-12-16 11:55:38+05:30	t
JP251206449	Meena Kori	7300298001	Faizabad	Domestic	UNDER_SCRUTINY	5.00	H.No. 35, Rikabganj, Faizabad - 224010	2025-12-16 12:07:59+05:30	t
JP251202483	Hemant Mittal	9583727521	Kanpur Nagar	Domestic	SANCTIONED	3.00	Flat A-169, Shalimar Apartments, Kakadeo, Kanpur Nagar	2025-12-16 12:31:19+05:30	t
JP251258285	Rajesh Khanna	9221009637	Kanpur Nagar	Domestic	SANCTIONED	1.50	मकान नं. 86, Shyam Nagar, कानपुर - 208009	2025-12-16 12:40:21+05:30	t
JP251291919	Chanchal Pal	8613586020	Allahabad	Domestic	SANCTIONED	2.00	223/34, Civil Lines Road, Naini, Allahabad 211017	2025-12-16 13:07:04+05:30	t
JP251238787	Atul Chaturvedi	8006705404	Varanasi	Domestic	SANCTIONED	1.50	154/5, Mohalla Qazi Tola, Sigra, Varanasi 221005	2025-12-16 13:14:59+05:30	t
JP251237715	Madhu Nigam	9470275463	Gorakhpur	Domestic	UNDER_SCRUTINY	1.00	Flat A-769, Shipra Apartments, Golghar, Gorakhpur	2025-12-16 13:40:18+05:30	t
JP251216761	Gaurav Prasad Dhobi	7508964065	Ghaziabad	Domestic	NEW	3.00	H.No. 251, Kavi Nagar, Ghaziabad - 201011	2025-12-16 13:55:08+05:30	t
JP251254264	Tushar Bajpai	8642485931	Ghaziabad	Domestic	UNDER_SCRUTINY	4.00	H.No. 275, Raj Nagar Extension, Ghaziabad - 201002	2025-12-16 14:10:45+05:30	t
JP251201404	Anuradha Tyagi	9487523598	Lucknow	Domestic	SANCTIONED	3.00	H.No. 172, Alambagh, Lucknow - 226006	2025-12-16 14:26:15+05:30	t
JP251266338	Kiran Verma	9458083862	Lucknow	Domestic	UNDER_SCRUTINY	4.50	Flat E-593, Eldeco Apartments, Chinhat, Lucknow	2025-12-16 14:40:41+05:30	t
JP251297983	Shikha Kori	9225015932	Ghaziabad	Domestic	REJECTED	3.50	H.No. 305, Kavi Nagar, Ghaziabad - 201022	2025-12-16 14:46:21+05:30	t
JP251263525	Ashish Chauhan	9478327618	Kanpur Nagar	Domestic	REJECTED	3.00	H.No. 157, Kakadeo, Kanpur Nagar - 208025	2025-12-16 15:16:00+05:30	t
JP251229877	Babita Yadav	9507526422	Lucknow	Domestic	SANCTIONED	2.50	Flat A-752, Shalimar Apartments, Jankipuram, Lucknow	2025-12-16 15:28:47+05:30	t
JP251268971	Babita Rastogi	6417458243	Lucknow	Commercial	SANCTIONED	4.00	H.No. 284, Aliganj, Lucknow - 226002	2025-12-16 15:43:00+05:30	t
JP251246877	Amrita Nigam	+917267323016	Allahabad	Domestic	UNDER_SCRUTINY	4.50	53/32, Mohalla Qazi Tola, Civil Lines, Allahabad 211024	2025-12-16 15:58:13+05:30	t
JP251286802	Mushtaq Beg	9635118633	Ghaziabad	Domestic	NEW	2.50	320/4, Sector 11, Crossings Republik, Ghaziabad 201011	2025-12-16 16:21:24+05:30	t
JP251215440	Aparna Sinha	6009816553	Kanpur Nagar	Domestic	NEW	2.50	Flat F-826, Omaxe Apartments, Kidwai Nagar, Kanpur Nagar	2025-12-16 16:33:06+05:30	t
JP251279912	Lakshmi Kannaujiya	8116006060	Ghaziabad	Domestic	SANCTIONED	2.00	Flat D-443, Shipra Apartments, Vaishali, Ghaziabad	2025-12-16 16:53:41+05:30	t
JP251296974	Kanchan Rai	9565779165	Allahabad	Domestic	REJECTED	4.00	H.No. 277, Near Gupta's Sweets, Phaphamau, Allahabad - 211016	2025-12-16 16:56:49+05:30	t
JP251260670	Chandan Dixit	+919600801829	Ghaziabad	Domestic	UNDER_SCRUTINY	4.50	H.No. 286, Indirapuram, Ghaziabad - 201003	2025-12-16 17:24:43+05:30	t
JP251206714	Ashok Kumar Rastogi	8851008431	Kanpur Nagar	Domestic	NEW	5.00	370/1, Purana Qila Road, Kakadeo, Kanpur Nagar 208011	2025-12-17 09:32:12+05:30	t
JP251280081	Ankita Chandra	6958424586	Lucknow	Domestic	NEW	4.50	H.No. 75, Jankipuram, Lucknow - 226022	2025-12-17 09:44:25+05:30	t
JP251279276	Sudhir Kumar Singh	8203808715	Kanpur Nagar	Commercial	SANCTIONED	8.50	Flat A-638, Ansal Apartments, Kalyanpur, Kanpur Nagar	2025-12-17 10:02:41+05:30	t
JP251248727	Krishna Pasi	+919950799427	Ghaziabad	Domestic	SANCTIONED	1.00	Flat A-525, Gaur Apartments, Indirapuram, Ghaziabad	2025-12-17 10:27:46+05:30	t
JP251286743	Dharmendra Tripathi	9733665901	Kanpur Nagar	Domestic	NEW	3.50	327/16, Station Road, Panki, Kanpur Nagar 208017	2025-12-17 10:38:09+05:30	f
JP251260744	Manju Sinha	9763448190	Lucknow	Domestic	NEW	3.00	Flat C-940, Ansal Apartments, Aliganj, Lucknow	2025-12-17 10:53:09+05:30	t
JP251251042	Pallavi Devi Pal	9715847281	Lucknow	Domestic	REJECTED	4.00	Flat D-132, Shalimar Apartments, Alambagh, Lucknow	2025-12-17 11:12:43+05:30	t
JP251283709	Neha Mehrotra	9139913776	Varanasi	Agricultural	SANCTIONED	10.00	Village Mirzapur Kalan, Post Bhitauli, Tehsil Varanasi Sadar, District Varanasi - 221020	2025-12-17 11:22:30+05:30	t
JP251226440	Fatima Pathan	9711959425	Lucknow	Domestic	NEW	3.00	H.No. 328, Aminabad, Lucknow - 226022	2025-12-17 11:40:40+05:30	t
JP251255726	Lalit Sharma	9387977430	Prayagraj	Domestic	SANCTIONED	3.00	157/8, Block C, Teliarganj, Prayagraj 211030	2025-12-17 12:04:14+05:30	t
JP251237095	Ankit Kumar Chaturvedi	8459194437	Ghaziabad	Domestic	NEW	1.00	H.No. 165, Raj Nagar Extension, Ghaziabad - 201014	2025-12-17 12:15:52+05:30	t
JP251231405	Neetu Dixit	08538470709	Kanpur Nagar	Domestic	SANCTIONED	5.00	H.No. 221, Swaroop Nagar, Kanpur Nagar - 208007	2025-12-17 12:34:43+05:30	t
JP251225473	Kiran Thakur	9211813395	Faizabad	Domestic	SANCTIONED	1.00	Flat E-789, Eldeco Apartments, Darshan Nagar, Faizabad	2025-12-17 12:43:31+05:30	t
JP251225408	Roshni Goswami	8197953347	Ghaziabad	Agricultural	SANCTIONED	5.00	Village Semra, Post Nawada, Near St. Mary's School, Tehsil Ghaziabad Sadar, District Ghaziabad - 201022	2025-12-17 13:11:33+05:30	t
JP251297213	Sachin Gupta	9265238005	Varanasi	Commercial	NEW	8.50	Flat A-831, Eldeco Apartments, Sarnath, Varanasi	2025-12-17 13:14:32+05:30	t
JP251218507	Umesh Jaiswal	9572255890	Prayagraj	Domestic	SANCTIONED	4.00	H.No. 124, Mumfordganj, Prayagraj - 211007	2025-12-17 13:30:09+05:30	t
JP251210753	Ajay Kushwaha	9294451466	Ghaziabad	Domestic	REJECTED	1.50	Flat F-172, Eldeco Apartments, Vaishali, Ghaziabad	2025-12-17 13:53:07+05:30	t
JP251225888	Pooja Yadav	6825439392	Ghaziabad	Domestic	UNDER_SCRUTINY	4.50	Flat A-752, Gaur Apartments, Crossings Republik, Ghaziabad	2025-12-17 14:09:51+05:30	t
JP251250165	Mamta Shakya	9900926387	Varanasi	Domestic	SANCTIONED	2.50	246/3, Gali No. 2, Chowk, Varanasi 221021	2025-12-17 14:30:01+05:30	t
JP251293645	Kamla Tandon	9159470944	Ayodhya	Domestic	SANCTIONED	1.00	Flat E-361, Shalimar Apartments, Bilharghat, Ayodhya	2025-12-17 14:32:39+05:30	t
JP251223575	Roshni Chauhan	6548025132	Kanpur Nagar	Domestic	SANCTIONED	5.00	185/9, Block C, Swaroop Nagar, Kanpur Nagar 208018	2025-12-17 14:51:34+05:30	t
JP251288409	Suman Bhatt	7452386115	Ghaziabad	Domestic	UNDER_SCRUTINY	1.00	H.No. 166, Raj Nagar Extension, Ghaziabad - 201020	2025-12-17 15:13:06+05:30	t
JP251230734	Praveen Gupta	9025473530	Lucknow	Commercial	SANCTIONED	10.00	345/15, Station Road, Aliganj, Lucknow 226007	2025-12-17 15:30:07+05:30	t
JP251283944	Naveen Arora	9548173151	Varanasi	Domestic	NEW	1.00	41/12, Mohalla Qazi Tola, Mahmoorganj, Varanasi 221017	2025-12-17 15:50:41+05:30	f
JP251260775	Rajan Rai	9388799992	Allahabad	Domestic	UNDER_SCRUTINY	1.00	H.No. 165, Civil Lines, Allahabad - 211027	2025-12-17 15:58:15+05:30	t
JP251286052	Tushar Prasad Singh	9056435592	Varanasi	Domestic	SANCTIONED	3.50	Flat D-269, Ansal Apartments, Pandeypur, Varanasi	2025-12-17 16:24:57+05:30	t
JP251242298	Kuldeep Thakur	8623601980	Lucknow	Agricultural	UNDER_SCRUTINY	7.00	Village Nawada, Post Sikandarpur, Tehsil Lucknow Sadar, District Lucknow - 226026	2025-12-17 16:29:00+05:30	t
JP251203236	Rishabh Bhadauria	9508152678	Gorakhpur	Agricultural	UNDER_SCRUTINY	7.00	Village Chandpur, Post Sikandarpur, Near St. Mary's School, Tehsil Gorakhpur Sadar, District Gorakhpur - 273002	2025-12-17 16:49:22+05:30	t
JP251268344	Jaya Verma	9907232044	Ghaziabad	Commercial	SANCTIONED	7.50	256/13, Purana Qila Road, Vijay Nagar, Ghaziabad 201022	2025-12-17 17:10:22+05:30	t
JP251231709	Anuradha Devi Bajpai	9570757239	Lucknow	Commercial	REJECTED	5.50	254/6, Sector 4, Aliganj, Lucknow 226004	2025-12-17 17:28:00+05:30	t
JP251273203	Savita Bajpai	9038697168	Kanpur Nagar	Commercial	UNDER_SCRUTINY	2.50	361/6, Civil Lines Road,\tKalyanpur, Kanpur Nagar 208026	2025-12-18 09:36:45+05:30	t
JP251259415	Sita Jha	6335663154	Gorakhpur	Commercial	UNDER_SCRUTINY	9.00	मकान नं. 73, Taramandal, गोरखपुर - 273007	2025-12-18 09:46:42+05:30	t
JP251266668	Ayesha Farooqui	9638269685	Ghaziabad	Commercial	SANCTIONED	10.00	Flat B-802, Gaur Apartments, Indirapuram, Ghaziabad	2025-12-18 10:02:19+05:30	t
JP251272706	Anuradha Asthana	9825306530	Kanpur Nagar	Domestic	REJECTED	5.00	H.No. 168, Shyam Nagar, Kanpur Nagar - 208004	2025-12-18 10:27:54+05:30	t
JP251229665	Ashutosh Gautam	9520754829	Ghaziabad	Domestic	NEW	4.50	मकान नं. 12, Crossings Republik, ग़ाज़ियाबाद - 201023	2025-12-18 10:40:59+05:30	t
JP251218516	Ankita Dhobi	+916914479398	Faizabad	Domestic	SANCTIONED	1.00	Flat C-589, Ansal Apartments, Darshan Nagar, Faizabad	2025-12-18 11:00:20+05:30	t
JP251271203	Rajesh Yadav	9055647576	Varanasi	Domestic	UNDER_SCRUTINY	5.00	H.No. 10, Mahmoorganj, Varanasi - 221016	2025-12-18 11:15:58+05:30	t
JP251227650	Priyanka Jha	+918284691978	Allahabad	Domestic	SANCTIONED	1.50	मकान नं. 107, Naini, प्रयागराज - 211018	2025-12-18 11:35:53+05:30	t
JP251288534	Vivek Chaudhary	9846292793	Lucknow	Agricultural	UNDER_SCRUTINY	9.00	Village Rampur, Post Semra, Tehsil Lucknow Sadar, District Lucknow - 226014	2025-12-18 11:48:04+05:30	t
JP251228368	Jitendra Chandra	9198573287	Allahabad	Domestic	NEW	3.00	Flat D-784, Shalimar Apartments, Civil Lines, Allahabad	2025-12-18 11:59:05+05:30	t
JP251232016	Manish Dhuria	9807562355	Ghaziabad	Commercial	SANCTIONED	6.00	H.No. 258, Near Power House, Loni, Ghaziabad - 201014	2025-12-18 12:11:52+05:30	t
JP251236163	Yamini Jatav	7114107192	Varanasi	Domestic	SANCTIONED	3.00	Flat E-500, Shipra Apartments, Chowk, Varanasi	2025-12-18 12:30:21+05:30	t
JP251259664	Abdul Ahmad	8002398711	Varanasi	Domestic	SANCTIONED	4.00	Flat E-977, Eldeco Apartments, Mahmoorganj, Varanasi	2025-12-18 12:50:39+05:30	t
JP251255091	Pallavi Khanna	8974579504	Agra	Domestic	REJECTED	1.50	H.No. 231, Sikandra, Agra - 282008	2025-12-18 13:02:25+05:30	t
JP251269516	Ashutosh Rajbhar	9160408028	Allahabad	Domestic	SANCTIONED	1.50	359/38, Station Road, George Town, Allahabad 211010	2025-12-18 13:15:04+05:30	t
JP251274584	Neetu Maurya	7354755233	Ayodhya	Domestic	NEW	3.50	H.No. 33, Bilharghat, Ayodhya - 224003	2025-12-18 13:44:04+05:30	t
JP251258952	Jagdish Goel	9815055561	Kanpur Nagar	Domestic	SANCTIONED	3.00	H.No. 251, Kakadeo, Kanpur Nagar - 208028	2025-12-18 13:56:33+05:30	t
JP251284166	Preeti Mishra	9723933136	Gorakhpur	Commercial	UNDER_SCRUTINY	5.50	H.No. 260, Mohaddipur, Gorakhpur - 273024	2025-12-18 14:05:55+05:30	t
JP251231014	Santosh Pandey	9056849865	Varanasi	Domestic	UNDER_SCRUTINY	4.50	H.No. 380, Lanka, Varanasi - 221007	2025-12-18 14:34:13+05:30	t
JP251214521	Zubair Idrisi	9664043705	Agra	Domestic	REJECTED	4.00	Flat D-394, Gaur Apartments, Dayalbagh, Agra	2025-12-18 14:46:42+05:30	t
JP251240797	Hari Pandey	9133345116	Lucknow	Domestic	UNDER_SCRUTINY	2.50	169/2, Nai Basti, Alambagh, Lucknow 226025	2025-12-18 14:51:11+05:30	t
JP251259878	Tarun Soni	8412170466	Lucknow	Commercial	UNDER_SCRUTINY	5.00	H.No. 41, Near Police Chowki, Aminabad, Lucknow - 226023	2025-12-18 15:16:57+05:30	t
JP251202140	Aishwarya Kori	9515391463	Ayodhya	Domestic	UNDER_SCRUTINY	1.50	H.No. 108, Sahadatganj, Ayodhya - 224011	2025-12-18 15:33:30+05:30	t
JP251265229	Indu Bhardwaj	9953111701	Gorakhpur	Commercial	SANCTIONED	6.00	371/10, Gali No. 2, Taramandal, Gorakhpur 273008	2025-12-18 15:51:27+05:30	t
JP251209828	Pooja Srivastava	9949186881	Varanasi	Agricultural	NEW	7.00	Village Chandpur, Post Dhaurahra, Tehsil Varanasi Sadar, District Varanasi - 221024	2025-12-18 16:04:41+05:30	f
JP251281912	Avinash Sonkar	8009349666	Lucknow	Domestic	UNDER_SCRUTINY	3.00	H.No. 152, Jankipuram, Lucknow - 226019	2025-12-18 16:22:31+05:30	t
JP251244114	Anita Maurya	9656457542	Lucknow	Domestic	UNDER_SCRUTINY	1.00	H.No. 199, Rajajipuram, Lucknow - 226009	2025-12-18 16:42:48+05:30	t
JP251263598	Brijesh Rastogi	6532290025	Ghaziabad	Domestic	SANCTIONED	2.00	Flat F-371, Ansal Apartments, Vaishali, Ghaziabad	2025-12-18 16:57:30+05:30	t
JP251252769	Ashok Dixit	9134990332	Lucknow	Agricultural	UNDER_SCRUTINY	9.00	Village Gosainganj, Post Semra, Tehsil Lucknow Sadar, District Lucknow - 226014	2025-12-18 17:07:35+05:30	t
JP251284817	Naveen Pal	7203488488	Agra	Domestic	NEW	1.50	Flat C-569, Ansal Apartments, Tajganj, Agra	2025-12-18 17:17:42+05:30	t
JP251281051	Seema Garg	+916569177048	Varanasi	Domestic	UNDER_SCRUTINY	1.00	Flat E-619, Ansal Apartments, Bhelupur, Varanasi	2025-12-19 09:39:14+05:30	t
JP251223751	Manish Mehrotra	6680431998	Kanpur Nagar	Domestic	SANCTIONED	3.50	H.No. 145, Govind Nagar, Kanpur Nagar - 208025	2025-12-19 10:00:05+05:30	t
JP251281826	Sabiha Saifi	7877220244	Lucknow	Domestic	UNDER_SCRUTINY	4.50	257/24, Gali No. 5, Alambagh, Lucknow 226003	2025-12-19 10:15:55+05:30	t
JP251284518	Nikhil Pathak	7497628038	Allahabad	Domestic	REJECTED	4.00	205/14, Gali No. 2, Near Power House, Naini, Allahabad 211029	2025-12-19 10:28:03+05:30	t
JP251282766	Sarita Yadav	09465655048	Allahabad	Domestic	REJECTED	2.50	299/29, Sector 11, Phaphamau, Allahabad 211019	2025-12-19 10:49:42+05:30	t
JP251239814	Khushboo Baghel	9489920377	Ghaziabad	Domestic	SANCTIONED	4.00	Flat E-110, Omaxe Apartments, Vijay Nagar, Ghaziabad	2025-12-19 10:56:24+05:30	t
JP251268369	Sudha Garg	6945826287	Agra	Commercial	NEW	3.50	121/40, Station Road, Belanganj, Agra 282019	2025-12-19 11:12:36+05:30	t
JP251291608	Pawan Dwivedi	9691032197	Kanpur Nagar	Commercial	SANCTIONED	2.50	H.No. 104, Shyam Nagar, Kanpur Nagar - 208011	2025-12-19 11:25:37+05:30	t
JP251220468	Neelam Kannaujiya	9060506962	Varanasi	Domestic	UNDER_SCRUTINY	5.00	H.No. 247, Pandeypur, Varanasi - 221002	2025-12-19 11:43:22+05:30	t
JP251208422	Faisal Shaikh	9937078729	Lucknow	Domestic	UNDER_SCRUTINY	1.50	318/26, Station Road, Indira Nagar, Lucknow 226002	2025-12-19 12:04:08+05:30	t
JP251292561	Ajay Trivedi	9398979959	Ghaziabad	Domestic	UNDER_SCRUTINY	1.50	Flat E-169, Omaxe Apartments, Loni, Ghaziabad	2025-12-19 12:25:36+05:30	t
JP251221781	Sumit Khanna	7881532678	Lucknow	Commercial	UNDER_SCRUTINY	10.00	H.No. 178, Aliganj, Lucknow - 226024	2025-12-19 12:40:23+05:30	t
JP251291435	Madhu Shakya	6209063011	Ghaziabad	Commercial	NEW	7.50	Flat B-949, Eldeco Apartments, Loni, Ghaziabad	2025-12-19 12:51:11+05:30	t
JP251247935	Sneha Pasi	6405958341	Agra	Domestic	SANCTIONED	3.50	H.No. 290, Near Primary School, Khandari, Agra - 282019	2025-12-19 13:09:36+05:30	t
JP251249264	Gopal Shakya	7600613036	Ghaziabad	Commercial	UNDER_SCRUTINY	6.00	H.No. 385, Loni, Ghaziabad - 201021	2025-12-19 13:32:08+05:30	t
JP251275759	Mona Goel	9531470714	Allahabad	Commercial	SANCTIONED	7.00	166/5, Block C, Naini, Allahabad 211020	2025-12-19 13:35:14+05:30	t
JP251270189	Atul Kesarwani	6868779809	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.00	334/1, Civil Lines Road, Kakadeo, Kanpur Nagar 208011	2025-12-19 13:53:36+05:30	t
JP251235948	Meena Kashyap	7754249351	Agra	Agricultural	NEW	10.00	Village Dhaurahra, Post Sikandarpur, Tehsil Agra Sadar, District Agra - 282002	2025-12-19 14:17:07+05:30	t
JP251268006	Ankita Pandey	9305898577	Lucknow	Domestic	UNDER_SCRUTINY	3.00	H.No. 48, Chinhat, Lucknow - 226026	2025-12-19 14:23:38+05:30	t
JP251229162	Sumit Prasad Soni	09109063037	Kanpur Nagar	Domestic	UNDER_SCRUTINY	3.50	Flat C-481, Omaxe Apartments, Panki, Kanpur Nagar	2025-12-19 14:38:58+05:30	t
JP251286828	Jaya Kapoor	7203573007	Lucknow	Domestic	UNDER_SCRUTINY	3.00	168/36, Sector 4, Rajajipuram, Lucknow 226007	2025-12-19 14:59:01+05:30	t
JP251246915	Vikram Kumar Bhatnagar	9766774179	Allahabad	Domestic	UNDER_SCRUTINY	4.50	Flat E-771, Ansal Apartments, Civil Lines, Allahabad	2025-12-19 15:16:04+05:30	t
JP251237217	Nisha Devi Khanna	9894027431	Gorakhpur	Commercial	NEW	4.50	Flat B-920, Shipra Apartments, Betiahata, Gorakhpur	2025-12-19 15:27:48+05:30	f
JP251215351	Vishal Tyagi	9718346848	Ghaziabad	Domestic	UNDER_SCRUTINY	4.00	H.No. 294, Vijay Nagar, Ghaziabad - 201005	2025-12-19 15:55:21+05:30	t
JP251231882	Kailash Kumar	7650318583	Lucknow	Domestic	NEW	1.00	H.No. 144, Gomti Nagar, Lucknow - 226006	2025-12-19 16:11:35+05:30	t
JP251288265	Pawan Chauhan	9949019989	Ghaziabad	Domestic	UNDER_SCRUTINY	3.00	Flat B-872, Shalimar Apartments, Vaishali, Ghaziabad	2025-12-19 16:14:58+05:30	t
JP251213136	Rani Agnihotri	8173629190	Allahabad	Domestic	UNDER_SCRUTINY	2.50	33/18, Civil Lines Road, Teliarganj, Allahabad 211011	2025-12-19 16:40:55+05:30	t
JP251289358	Poonam Rathore	9927619639	Varanasi	Agricultural	NEW	6.00	Village Nawada, Post Semra, Tehsil Varanasi Sadar, District Varanasi - 221001	2025-12-19 16:58:07+05:30	t
JP251228121	Mohit Kumar Kapoor	9914849143	Lucknow	Domestic	NEW	5.00	104/9, Gali No. 2, Gomti Nagar, Lucknow 226030	2025-12-19 17:03:28+05:30	t
JP251251802	Rajendra Kumar Chaturvedi	06796581967	Ghaziabad	Domestic	NEW	4.50	Flat E-685, Shipra Apartments, Crossings Republik, Ghaziabad	2025-12-20 09:31:11+05:30	t
JP251255973	Shakeel Mirza	07864021064	Kanpur Nagar	Domestic	NEW	4.50	47/2, Civil Lines Road, Shyam Nagar, Kanpur Nagar 208020	2025-12-20 09:45:13+05:30	f
JP251224522	Swati Tandon	9362240072	Allahabad	Commercial	SANCTIONED	7.00	H.No. 189, Teliarganj, Allahabad - 211011	2025-12-20 10:02:54+05:30	t
JP251265837	Sonia Gautam	8819707576	Kanpur Nagar	Agricultural	UNDER_SCRUTINY	9.00	Village Bhagwanpur, Post Dhaurahra, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208027	2025-12-20 10:17:11+05:30	t
JP251202760	Seema Sethi	6857302372	Kanpur Nagar	Commercial	UNDER_SCRUTINY	3.50	269/16, Nai Basti, Barra, Kanpur Nagar 208009	2025-12-20 10:27:50+05:30	t
JP251279762	Ramesh Kumar Dubey	8897898594	Kanpur Nagar	Domestic	REJECTED	4.00	Flat D-662, Ansal Apartments, Kakadeo, Kanpur Nagar	2025-12-20 10:43:02+05:30	t
JP251289744	Upendra Kumar Dhuria	8573815058	Agra	Domestic	NEW	5.00	H.No. 358, Khandari, Agra - 282011	2025-12-20 10:59:59+05:30	t
JP251289265	Lokesh Kumar Srivastava	9966047097	Varanasi	Domestic	SANCTIONED	2.50	H.No. 110, Shivpur, Varanasi - 221013	2025-12-20 11:20:39+05:30	t
JP251276320	Tanuja Devi Baghel	09740734421	Ghaziabad	Domestic	UNDER_SCRUTINY	2.00	Flat A-150, Eldeco Apartments, Crossings Republik, Ghaziabad	2025-12-20 11:27:42+05:30	t
JP251205388	Pawan Gond	7046104518	Lucknow	Agricultural	REJECTED	3.00	Village Bhagwanpur, Post Dhaurahra, Tehsil Lucknow Sadar, District Lucknow - 226025	2025-12-20 11:55:35+05:30	t
JP251238168	Rubina Malik	7426737210	Kanpur Nagar	Agricultural	UNDER_SCRUTINY	8.00	Village Mirzapur Kalan, Post Bhitauli, Tehsil Kanpur Nagar Sadar, District Kanpur Nagar - 208014	2025-12-20 12:06:21+05:30	t
JP251221546	Yasmin Zaidi	+919128319077	Lucknow	Domestic	UNDER_SCRUTINY	3.50	206/13, Mohalla Qazi Tola, Jankipuram, Lucknow 226025	2025-12-20 12:24:45+05:30	t
JP251278518	Abhishek Dhobi	9203597647	Allahabad	Domestic	NEW	1.50	Flat C-278, Gaur Apartments, George Town, Allahabad	2025-12-20 12:34:24+05:30	t
JP251239755	Shiv Dhuria	7392609267	Varanasi	Domestic	REJECTED	1.00	125/25, Gali No. 5, Sigra, Varanasi 221007	2025-12-20 13:00:08+05:30	t
JP251225376	Anurag Rawat	8241194906	Prayagraj	Commercial	NEW	3.50	Flat B-911, Shipra Apartments, George Town, Prayagraj	2025-12-20 13:05:02+05:30	f
JP251281079	Aarti Shakya	9820980992	Varanasi	Domestic	SANCTIONED	3.00	194/27, Block C, Chowk, Varanasi 221016	2025-12-20 13:21:13+05:30	t
JP251240638	Pradeep Kumar Bhatt	9967545464	Allahabad	Domestic	SANCTIONED	2.50	H.No. 374, Phaphamau, Allahabad - 211020	2025-12-20 13:50:29+05:30	t
JP251283794	Arvind Mehrotra	9156953270	Agra	Domestic	UNDER_SCRUTINY	1.50	Flat A-922, Gaur Apartments, Tajganj, Agra	2025-12-20 13:58:44+05:30	t
JP251283434	Rajan Chauhan	7956725007	Prayagraj	Domestic	SANCTIONED	2.50	H.No. 8, Teliarganj, Prayagraj - 211025	2025-12-20 14:19:30+05:30	t
JP251244557	Uma Devi Vaish	6886692980	Allahabad	Domestic	SANCTIONED	2.50	मकान नं. 258, Jhunsi, प्रयागराज - 211017	2025-12-20 14:28:50+05:30	t
JP251241220	Anamika Thakur	6718650597	Agra	Domestic	REJECTED	5.00	254/11, Purana Qila Road, Near St. Mary's School, Lohamandi, Agra 282022	2025-12-20 14:48:02+05:30	t
JP251268013	Vandana Jaiswal	6185370140	Lucknow	Commercial	UNDER_SCRUTINY	2.00	158/20, Block C, Near Bank of Baroda, Jankipuram, Lucknow 226002	2025-12-20 15:07:47+05:30	t
JP251250931	Imran Usmani	6046878117	Kanpur Nagar	Domestic	SANCTIONED	3.50	H.No. 236, Panki, Kanpur Nagar - 208017	2025-12-20 15:26:30+05:30	t
JP251230019	Ashutosh Chandra	09772465352	Kanpur Nagar	Domestic	UNDER_SCRUTINY	1.00	90/3, Nai Basti, Swaroop Nagar, Kanpur Nagar 208015	2025-12-20 15:31:07+05:30	t
JP251291216	Aarti Upadhyay	9193659925	Agra	Domestic	REJECTED	3.50	H.No. 309, Tajganj, Agra - 282017	2025-12-20 15:58:56+05:30	t
JP251226397	Pramod Yadav	9261060810	Kanpur Nagar	Domestic	SANCTIONED	3.50	250/7, Purana Qila Road, Kakadeo, Kanpur Nagar 208005	2025-12-20 16:03:03+05:30	t
JP251260366	Yash Yadav	6835986083	Ghaziabad	Commercial	UNDER_SCRUTINY	6.50	Flat F-686, Omaxe Apartments, Kavi Nagar, Ghaziabad	2025-12-20 16:25:43+05:30	t
JP251299801	Vipin Vishwakarma	8162330032	Agra	Domestic	SANCTIONED	3.00	H.No. 297, Kamla Nagar, Agra - 282027	2025-12-20 16:38:33+05:30	t
JP251240500	Farhana Pathan	7492834607	Agra	Domestic	SANCTIONED	1.00	126/15, Gali No. 5, Kamla Nagar, Agra 282006	2025-12-20 17:00:10+05:30	t
JP251248391	Kailash Rastogi	9206786067	Varanasi	Domestic	REJECTED	2.50	H.No. 66, Mahmoorganj, Varanasi - 221006	2025-12-20 17:06:28+05:30	t
\.


--
-- Name: applications applications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applications
    ADD CONSTRAINT applications_pkey PRIMARY KEY (app_no);


--
-- PostgreSQL database dump complete
--

\unrestrict WglXnzcxcaXJsVHHVkvmjfeZ0F2PjRAMKyCMQodgBe7OtdU7dxhCglFZ7N3vmDm

